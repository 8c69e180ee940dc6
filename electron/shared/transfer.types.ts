import type { FolderImportReport, PackImportReport } from './exhibitions.types';

/**
 * Moving files in and out in the Electron shell: `window.kiosk.transfer(method, input)`. The HTTP
 * shell takes a method with a raw route (`RawRoute`) at its own route and a folder's files as
 * uploads; Electron's page has no file to send and no download to catch, so the main process opens
 * its own dialog, reads or writes the file where it lies and calls core with it. The page names the
 * method and the input a browser would send, never a path.
 *
 * - a raw `GET` (a pack download): core answers the file, a save dialog suggests core's file name;
 * - a raw `POST` (a pack upload): an open dialog, then core reads the chosen file as the body;
 * - a folder import: a folder dialog, each media file stored, then the method with the caption sheet.
 *
 * Each answers null when the curator cancels the dialog, and core's refusals with their codes.
 */
export interface ShellTransfers {
  'exhibitions.exportPack': { input: { ids: string }; output: SavedFile | null };
  'exhibitions.importPack': { input: Record<string, never>; output: PackImportReport | null };
  'exhibitions.importFolder': {
    input: { exhibitionId?: number; sectionTitle?: string };
    output: FolderImportReport | null;
  };
}
export type TransferMethod = keyof ShellTransfers;

/** Where a download went: the file's name as saved (the folder stays with the main process). */
export interface SavedFile {
  fileName: string;
}

/** How a folder import picks its files by name: the first caption sheet, and every media file. */
export interface FolderRule {
  sheet: RegExp;
  media: RegExp;
}

/**
 * The methods that take a folder of media files with a caption sheet (`sheet` and `files` of their
 * input are filled in by whoever read the folder). Both shells pick the files with these rules.
 */
export const FOLDER_IMPORTS: Readonly<Record<string, FolderRule>> = {
  'exhibitions.importFolder': {
    sheet: /\.(xlsx|csv)$/i,
    media: /\.(jpe?g|png|webp|gif|tiff?|heic|mp4|webm|mp3|m4a)$/i,
  },
};

/** `details.folder` of the `invalid_input` refusing a folder with no caption sheet. */
export const FOLDER_NO_SHEET = 'no_sheet';
