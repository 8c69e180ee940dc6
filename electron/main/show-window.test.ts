import { describe, expect, it, vi } from 'vitest';
import { showDisplayOf, showWindowKeeper, type DisplayFacts, type ShowWindowLike } from './show-window';

const display = (id: number, x: number, y = 0): DisplayFacts => ({
  id,
  bounds: { x, y, width: 1920, height: 1080 },
});
const main = display(1, 0);
const right = display(7, 1920);
const left = display(5, -1920);
const below = display(9, 1920, 1080);

describe('the show window’s display', () => {
  it('is none for 0, and none for 1, the touch screen’s own', () => {
    expect(showDisplayOf([main, right], 1, 0)).toBeNull();
    expect(showDisplayOf([main, right], 1, 1)).toBeNull();
  });

  it('counts the other displays from 2, left to right, then top to bottom', () => {
    const all = [right, below, main, left];
    expect(showDisplayOf(all, 1, 2)).toBe(left);
    expect(showDisplayOf(all, 1, 3)).toBe(right);
    expect(showDisplayOf(all, 1, 4)).toBe(below);
  });

  it('is none while the named display is not plugged in', () => {
    expect(showDisplayOf([main], 1, 2)).toBeNull();
    expect(showDisplayOf([main, right], 1, 3)).toBeNull();
  });
});

describe('the show window keeper', () => {
  function setup() {
    const state = { all: [main, right] as DisplayFacts[], wanted: 2 };
    const windows: (ShowWindowLike & { shownOn: DisplayFacts['bounds']; closed: boolean })[] = [];
    const open = vi.fn((d: DisplayFacts) => {
      const win = {
        shownOn: d.bounds,
        closed: false,
        isDestroyed: () => win.closed,
        close: () => void (win.closed = true),
        setBounds: (b: DisplayFacts['bounds']) => void (win.shownOn = b),
      };
      windows.push(win);
      return win;
    });
    const keeper = showWindowKeeper({
      displays: () => ({ all: state.all, primaryId: 1 }),
      wanted: () => state.wanted,
      open,
      log: { info: () => undefined },
    });
    return { state, windows, open, keeper };
  }

  it('opens one window on the named display, and no second one on the next sync', () => {
    const { windows, open, keeper } = setup();
    keeper.sync();
    keeper.sync();
    expect(open).toHaveBeenCalledTimes(1);
    expect(windows[0]?.shownOn).toEqual(right.bounds);
  });

  it('closes it when the display goes or the setting says none, and opens it again when it comes back', () => {
    const { state, windows, open, keeper } = setup();
    keeper.sync();
    state.all = [main];
    keeper.sync();
    expect(windows[0]?.closed).toBe(true);
    state.all = [main, right];
    keeper.sync();
    expect(open).toHaveBeenCalledTimes(2);
    state.wanted = 0;
    keeper.sync();
    expect(windows[1]?.closed).toBe(true);
  });

  it('moves the window when another display is named, and reopens one someone closed', () => {
    const { state, windows, open, keeper } = setup();
    state.all = [main, right, below];
    keeper.sync();
    state.wanted = 3;
    keeper.sync();
    expect(open).toHaveBeenCalledTimes(1);
    expect(windows[0]?.shownOn).toEqual(below.bounds);
    windows[0]?.close();
    keeper.sync();
    expect(open).toHaveBeenCalledTimes(2);
  });
});
