import type { BrowserWindow, OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { describe, expect, it } from 'vitest';
import { dialogOptions, fileChooser } from './media-dialog';

/** Electron's dialog cannot open here: a stand-in records what it was asked and answers as told. */
function fakeDialog(answer: OpenDialogReturnValue) {
  const calls: { parent: boolean; options: OpenDialogOptions }[] = [];
  const showOpenDialog = (...args: [BrowserWindow, OpenDialogOptions] | [OpenDialogOptions]) => {
    const [parent, options] = args.length === 2 ? [true, args[1]] : [false, args[0]];
    calls.push({ parent, options });
    return Promise.resolve(answer);
  };
  return { dialog: { showOpenDialog } as Parameters<typeof fileChooser>[0], calls };
}

const win = { isDestroyed: () => false } as unknown as BrowserWindow;

describe('the main process file chooser (Electron dialog simulated)', () => {
  it('offers one file of the kinds asked for, over the kiosk window, and gives its path', async () => {
    const { dialog, calls } = fakeDialog({ canceled: false, filePaths: ['/home/desk/封面.jpg', '/x'] });
    expect(await fileChooser(dialog, () => win)(['image'])).toBe('/home/desk/封面.jpg');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.parent).toBe(true);
    expect(calls[0]?.options.properties).toEqual(['openFile']);
    expect(calls[0]?.options.filters?.flatMap((f) => f.extensions)).toEqual(
      expect.arrayContaining(['jpg', 'jpeg', 'png', 'webp', 'svg']),
    );
    expect(calls[0]?.options.filters?.flatMap((f) => f.extensions)).not.toContain('mp4');
  });

  it('gives null when cancelled, and opens on its own without a window', async () => {
    const { dialog, calls } = fakeDialog({ canceled: true, filePaths: [] });
    expect(await fileChooser(dialog, () => null)(['video', 'audio'])).toBeNull();
    expect(calls[0]?.parent).toBe(false);
    const destroyed = { isDestroyed: () => true } as unknown as BrowserWindow;
    await fileChooser(dialog, () => destroyed)(['image']);
    expect(calls[1]?.parent).toBe(false);
  });

  it('names its filters by format only, the same in every language', () => {
    const names = dialogOptions(['image', 'video', 'audio']).filters?.map((f) => f.name) ?? [];
    expect(names).toHaveLength(3);
    for (const name of names) expect(name).toMatch(/^[A-Z0-9]+( · [A-Z0-9a-z]+)*$/);
  });
});
