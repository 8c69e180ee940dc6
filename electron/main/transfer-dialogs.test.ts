import type {
  BrowserWindow,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { describe, expect, it } from 'vitest';
import { FOLDER_DIALOG, openDialogOptions, saveDialogOptions, transferDialogs } from './transfer-dialogs';

type Options = OpenDialogOptions | SaveDialogOptions;

/** Electron's dialogs cannot open here: a stand-in records what each was asked and answers as told. */
function fakeDialog(open: OpenDialogReturnValue, save: SaveDialogReturnValue) {
  const calls: { which: 'open' | 'save'; parent: boolean; options: Options }[] = [];
  const record =
    <T>(which: 'open' | 'save', answer: T) =>
    (...args: [BrowserWindow, Options] | [Options]) => {
      const [parent, options] = args.length === 2 ? [true, args[1]] : [false, args[0]];
      calls.push({ which, parent, options });
      return Promise.resolve(answer);
    };
  const dialog = {
    showOpenDialog: record('open', open),
    showSaveDialog: record('save', save),
  } as unknown as Parameters<typeof transferDialogs>[0];
  return { dialog, calls };
}

const win = { isDestroyed: () => false } as unknown as BrowserWindow;
const DOCS = '/home/desk/Documents';

describe('the main process transfer dialogs (Electron dialogs simulated)', () => {
  it("saves under core's file name in the documents folder, over the kiosk window, keeping its extension", async () => {
    const { dialog, calls } = fakeDialog(
      { canceled: true, filePaths: [] },
      { canceled: false, filePath: '/media/usb/湖畔三十年.hongyi-pack.zip' },
    );
    const dialogs = transferDialogs(
      dialog,
      () => win,
      () => DOCS,
    );
    expect(await dialogs.save('湖畔三十年-2026-12-02.hongyi-pack.zip')).toBe(
      '/media/usb/湖畔三十年.hongyi-pack.zip',
    );
    expect(calls).toEqual([
      {
        which: 'save',
        parent: true,
        options: {
          defaultPath: `${DOCS}/湖畔三十年-2026-12-02.hongyi-pack.zip`,
          properties: ['createDirectory', 'showOverwriteConfirmation'],
          filters: [{ name: 'ZIP', extensions: ['zip'] }],
        },
      },
    ]);
  });

  it('never lets a suggested name climb out of the documents folder', () => {
    expect(saveDialogOptions(DOCS, '../../etc/x.zip').defaultPath).toBe(`${DOCS}/x.zip`);
    expect(saveDialogOptions(DOCS, 'README').filters).toEqual([{ name: '*', extensions: ['*'] }]);
  });

  it('gives null for a cancelled save, whether it says canceled or answers no path', async () => {
    for (const save of [
      { canceled: true, filePath: '' },
      { canceled: false, filePath: '' },
    ]) {
      const { dialog } = fakeDialog({ canceled: true, filePaths: [] }, save);
      expect(
        await transferDialogs(
          dialog,
          () => win,
          () => DOCS,
        ).save('a.zip'),
      ).toBeNull();
    }
  });

  it("opens one pack, filtered to the pack's extension by format name, and gives its path", async () => {
    const { dialog, calls } = fakeDialog(
      { canceled: false, filePaths: ['/media/usb/a.hongyi-pack.zip', '/x'] },
      { canceled: true, filePath: '' },
    );
    expect(
      await transferDialogs(
        dialog,
        () => win,
        () => DOCS,
      ).open('exhibitions.importPack'),
    ).toBe('/media/usb/a.hongyi-pack.zip');
    expect(calls[0]).toEqual({
      which: 'open',
      parent: true,
      options: {
        properties: ['openFile'],
        filters: [{ name: 'ZIP · .hongyi-pack.zip', extensions: ['zip'] }],
      },
    });
    // A method the shell has no filter for offers any file: core checks what it is given.
    expect(openDialogOptions('other.upload').filters).toEqual([{ name: '*', extensions: ['*'] }]);
  });

  it('asks for a folder, and gives null when cancelled', async () => {
    const chosen = fakeDialog(
      { canceled: false, filePaths: ['/media/usb/老照片'] },
      { canceled: true, filePath: '' },
    );
    expect(
      await transferDialogs(
        chosen.dialog,
        () => win,
        () => DOCS,
      ).folder(),
    ).toBe('/media/usb/老照片');
    expect(chosen.calls[0]?.options).toEqual(FOLDER_DIALOG);
    expect(FOLDER_DIALOG.properties).toEqual(['openDirectory']);
    const cancelled = fakeDialog({ canceled: true, filePaths: [] }, { canceled: true, filePath: '' });
    expect(
      await transferDialogs(
        cancelled.dialog,
        () => win,
        () => DOCS,
      ).folder(),
    ).toBeNull();
  });

  it('opens on its own when the kiosk window is gone or destroyed', async () => {
    const { dialog, calls } = fakeDialog({ canceled: true, filePaths: [] }, { canceled: true, filePath: '' });
    const destroyed = { isDestroyed: () => true } as unknown as BrowserWindow;
    await transferDialogs(
      dialog,
      () => null,
      () => DOCS,
    ).open('exhibitions.importPack');
    await transferDialogs(
      dialog,
      () => destroyed,
      () => DOCS,
    ).save('a.zip');
    expect(calls.map((c) => c.parent)).toEqual([false, false]);
  });
});
