import path from 'node:path';
import type { BrowserWindow, Dialog, FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { TransferDialogs } from './transfer';

/**
 * The files each upload method takes, named by format (the same in every language). A pack is
 * saved as `….hongyi-pack.zip`; the filter is `zip` because macOS matches only a name's last
 * extension. The dialog only narrows the choice: core checks the pack whole.
 */
const OPEN_FILTERS: Readonly<Record<string, FileFilter>> = {
  'exhibitions.importPack': { name: 'ZIP · .hongyi-pack.zip', extensions: ['zip'] },
};
const ANY_FILE: FileFilter = { name: '*', extensions: ['*'] };

export function openDialogOptions(method: string): OpenDialogOptions {
  return { properties: ['openFile'], filters: [OPEN_FILTERS[method] ?? ANY_FILE] };
}

export const FOLDER_DIALOG: OpenDialogOptions = { properties: ['openDirectory'] };

/**
 * Core's file name in the documents folder, as the browser's download would have it; the filter
 * keeps the name's extension when the curator types another name.
 */
export function saveDialogOptions(documents: string, suggestedName: string): SaveDialogOptions {
  const name = path.basename(suggestedName);
  const ext = path.extname(name).slice(1).toLowerCase();
  return {
    defaultPath: path.join(documents, name),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    filters: ext === '' ? [ANY_FILE] : [{ name: ext.toUpperCase(), extensions: [ext] }],
  };
}

type Dialogs = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;

/**
 * The shell's dialogs for `kiosk:transfer`, opened by the main process over the kiosk window (on
 * their own when it is gone). Only the paths they answer are ever read or written.
 */
export function transferDialogs(
  dialog: Dialogs,
  parent: () => BrowserWindow | null,
  documents: () => string,
): TransferDialogs {
  const live = () => {
    const win = parent();
    return win && !win.isDestroyed() ? win : null;
  };
  const open = async (options: OpenDialogOptions) => {
    const win = live();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    open: (method) => open(openDialogOptions(method)),
    folder: () => open(FOLDER_DIALOG),
    save: async (suggestedName) => {
      const options = saveDialogOptions(documents(), suggestedName);
      const win = live();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      // A cancelled save answers an empty path as well as `canceled`.
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
