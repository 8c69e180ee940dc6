import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { LetterKeys } from './LetterKeys';
import { PinPad } from './PinPad';
import { useKeyboard } from './keyboard-context';
import './keyboard.css';

/**
 * The docked keyboard, outside the app's root so that it stays usable while a modal dialog makes
 * the rest of the screen inert. Its height is published as `--keyboard-height` so screens and
 * dialogs keep their content above it.
 */
export function KeyboardDock() {
  const { active } = useKeyboard();
  const { t } = useTranslation('keyboard');
  const dock = useRef<HTMLElement>(null);
  const layout = active?.layout ?? null;

  useEffect(() => {
    const root = document.documentElement;
    const element = dock.current;
    if (!element) {
      root.style.setProperty('--keyboard-height', '0px');
      return;
    }
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--keyboard-height', `${element.offsetHeight}px`);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.setProperty('--keyboard-height', '0px');
    };
  }, [layout]);

  useEffect(() => {
    // Once the dock has taken its room, show the field being typed into and, when the whole form
    // fits above the keyboard, the form's own buttons too, so "submit" is never hidden under keys.
    if (!active) return;
    const frame = requestAnimationFrame(() => {
      const focused = document.activeElement;
      if (!(focused instanceof HTMLInputElement)) return;
      const form = focused.form;
      const room = window.innerHeight - (dock.current?.offsetHeight ?? 0);
      if (form && form.getBoundingClientRect().height < room * 0.8) form.scrollIntoView({ block: 'end' });
      else focused.scrollIntoView({ block: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
  }, [active]);

  const host = document.getElementById('keyboard-root');
  if (!active || !host) return null;
  return createPortal(
    <section ref={dock} className={`keyboard keyboard-${active.layout}`} aria-label={t('region')}>
      <p className="keyboard-target">{t('typingInto', { field: active.label })}</p>
      {active.layout === 'digits' ? <PinPad field={active} /> : <LetterKeys key={active.id} field={active} />}
    </section>,
    host,
  );
}
