import type { BrowserWindow, Dialog, FileFilter, OpenDialogOptions } from 'electron';
import type { MediaKind } from '../shared/media.types';

/**
 * The extensions offered in the dialog, named by their formats (the same in every language, so
 * nothing here needs translating). The dialog only narrows the choice: core sniffs every file.
 */
const FILTERS: Record<MediaKind, FileFilter> = {
  image: {
    name: 'JPEG · PNG · GIF · WebP · AVIF · SVG',
    extensions: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'svg'],
  },
  video: { name: 'MP4 · WebM', extensions: ['mp4', 'm4v', 'webm'] },
  audio: { name: 'MP3 · M4A · WebM', extensions: ['mp3', 'm4a', 'weba', 'webm'] },
  model: { name: 'glTF (GLB)', extensions: ['glb'] },
};

export function dialogOptions(kinds: readonly MediaKind[]): OpenDialogOptions {
  return { properties: ['openFile'], filters: kinds.map((k) => FILTERS[k]) };
}

/**
 * The shell's `chooseFile` for `media.importFile`: the operating system's file dialog, opened by
 * the main process over the kiosk window. Core then reads the chosen file where it lies, so a
 * video never travels over IPC (let alone as base64).
 */
export function fileChooser(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  parent: () => BrowserWindow | null,
): (kinds: readonly MediaKind[]) => Promise<string | null> {
  return async (kinds) => {
    const win = parent();
    const options = dialogOptions(kinds);
    const result =
      win && !win.isDestroyed()
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}
