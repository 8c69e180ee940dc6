/** The part of an Electron display the choice needs (plain data, so the rule is testable without Electron). */
export interface DisplayFacts {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/**
 * The display the show window opens on, from the setting `display.showScreen`: 0 is none, 1 the
 * main display (the kiosk's own, so none either: the show never covers the touch screen), 2 and
 * on the others from left to right, then top to bottom. A number with no display behind it (the
 * second screen is unplugged) is none as well, until it comes back.
 */
export function showDisplayOf<D extends DisplayFacts>(
  displays: readonly D[],
  primaryId: number,
  wanted: number,
): D | null {
  if (wanted < 2) return null;
  const others = displays
    .filter((d) => d.id !== primaryId)
    .sort((a, b) => a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y);
  return others[wanted - 2] ?? null;
}

/** Where the show window is and what it shows: the route an area declares as `show`. */
export const SHOW_ROUTE = '#/show';

/** The window the keeper manages (a BrowserWindow in the shell). */
export interface ShowWindowLike {
  isDestroyed(): boolean;
  close(): void;
  setBounds(bounds: DisplayFacts['bounds']): void;
}

/**
 * Keeps one show window on the display the setting names: opens it, moves it when the displays or
 * the setting change, closes it when there is no such display any more. `sync` is called at start,
 * on `settings.changed` and when a display is added, removed or changed.
 */
export function showWindowKeeper<W extends ShowWindowLike, D extends DisplayFacts>(deps: {
  displays: () => { all: readonly D[]; primaryId: number };
  wanted: () => number;
  open: (display: D) => W;
  log: { info(message: string): void };
}) {
  let current: { win: W; displayId: number } | null = null;
  return {
    sync(): void {
      const { all, primaryId } = deps.displays();
      const display = showDisplayOf(all, primaryId, deps.wanted());
      if (current?.win.isDestroyed()) current = null;
      if (!display) {
        if (current) deps.log.info('Show window closed: no display is set for it, or it is gone');
        current?.win.close();
        current = null;
        return;
      }
      if (current) {
        if (current.displayId !== display.id) current.win.setBounds(display.bounds);
        current.displayId = display.id;
        return;
      }
      deps.log.info(`Show window opened on display ${display.id}`);
      current = { win: deps.open(display), displayId: display.id };
    },
  };
}
