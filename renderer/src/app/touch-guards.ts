/**
 * Kiosk touch behaviour for the whole document: no zoom, no text selection or context menu outside
 * fields, and a pressed state that stays visible long enough to see on a quick tap.
 */
const PRESSABLE = 'button, a[href], [role="button"], label.choice';
const PRESSED_MIN_MS = 140;

function inField(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, [contenteditable="true"]') !== null;
}

export function installTouchGuards(): void {
  document.addEventListener('contextmenu', (e) => {
    if (!inField(e.target)) e.preventDefault();
  });
  document.addEventListener('selectstart', (e) => {
    if (!inField(e.target)) e.preventDefault();
  });
  document.addEventListener('dragstart', (e) => e.preventDefault());
  window.addEventListener(
    'wheel',
    (e) => {
      if (e.ctrlKey) e.preventDefault();
    },
    { passive: false },
  );
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && ['+', '-', '=', '0'].includes(e.key)) e.preventDefault();
  });

  let pressed: { element: Element; since: number } | null = null;
  document.addEventListener(
    'pointerdown',
    (e) => {
      const element = e.target instanceof Element ? e.target.closest(PRESSABLE) : null;
      if (!element) return;
      element.setAttribute('data-pressed', '');
      pressed = { element, since: performance.now() };
    },
    { capture: true, passive: true },
  );
  const release = () => {
    if (!pressed) return;
    const { element, since } = pressed;
    pressed = null;
    const wait = Math.max(0, PRESSED_MIN_MS - (performance.now() - since));
    setTimeout(() => element.removeAttribute('data-pressed'), wait);
  };
  for (const name of ['pointerup', 'pointercancel'] as const) {
    document.addEventListener(name, release, { capture: true, passive: true });
  }
}
