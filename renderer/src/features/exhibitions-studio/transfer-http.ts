import type { ApiError } from '../../../../electron/shared/errors';
import type { FolderImportReport, PackImportReport } from '../../../../electron/shared/exhibitions.types';
import { FOLDER_IMPORTS, FOLDER_NO_SHEET } from '../../../../electron/shared/transfer.types';
import { ApiFailure, invoke, upload } from '../../lib/api';
import { readAsBase64 } from '../../lib/download';

/**
 * Packs and folders in a browser (a staff desk, browser mode): packs over the HTTP shell's own
 * routes, a folder's files uploaded one by one. The Electron shell does the same in its main
 * process (`electron/main/transfer.ts`), with its own dialogs.
 */

/** Posts or gets a pack over the HTTP shell's own routes; a refusal comes back as the API's error. */
async function packCall<T>(url: string, init: RequestInit): Promise<T | Blob> {
  const res = await fetch(url, {
    ...init,
    credentials: 'same-origin',
    headers: { 'X-Kiosk': '1', ...(init.headers ?? {}) },
  });
  if (res.headers.get('Content-Type')?.startsWith('application/json')) {
    const body = (await res.json()) as { ok: true; value: T } | { ok: false; error: ApiError };
    if (!body.ok) throw new ApiFailure(body.error);
    return body.value;
  }
  if (!res.ok) throw new ApiFailure({ code: 'internal', message: `HTTP ${res.status}` });
  return res.blob();
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The name the pack is saved under: the exhibitions' ids, so a curator can tell packs apart. */
function packName(ids: readonly number[]): string {
  return `exhibitions-${ids.join('-')}.hongyi-pack.zip`;
}

export async function exportPackOverHttp(ids: readonly number[]): Promise<void> {
  const blob = await packCall<never>(`/api/packs/exhibitions?ids=${ids.join(',')}`, { method: 'GET' });
  if (blob instanceof Blob) saveBlob(blob, packName(ids));
}

export async function importPackOverHttp(file: File): Promise<PackImportReport> {
  const value = await packCall<PackImportReport>('/api/packs', {
    method: 'POST',
    headers: { 'Content-Type': 'application/zip' },
    body: file,
  });
  if (value instanceof Blob) throw new ApiFailure({ code: 'internal', message: 'unexpected answer' });
  return value;
}

const FOLDER = FOLDER_IMPORTS['exhibitions.importFolder'];

/** The folder's files uploaded one by one (`uploading(n)` before the n-th), then the sheet says what each is. */
export async function importFolderOverHttp(
  files: readonly File[],
  uploading: (n: number) => void,
): Promise<FolderImportReport> {
  const sheet = FOLDER && files.find((f) => FOLDER.sheet.test(f.name));
  if (!FOLDER || !sheet) {
    throw new ApiFailure({
      code: 'invalid_input',
      message: 'The folder has no caption sheet',
      details: { folder: FOLDER_NO_SHEET },
    });
  }
  const stored: { name: string; mediaId: string }[] = [];
  for (const [n, file] of files.filter((f) => FOLDER.media.test(f.name)).entries()) {
    uploading(n + 1);
    // A file refused at upload (unreadable, too large) is reported by the sheet's row for it.
    const media = await upload(file).catch(() => null);
    if (media) stored.push({ name: file.name, mediaId: media.id });
  }
  return invoke('exhibitions.importFolder', {
    sheet: { fileName: sheet.name, contentBase64: await readAsBase64(sheet) },
    files: stored,
  });
}

/** Whether a refusal is a folder without a caption sheet (said by the panel in its own words). */
export function isNoSheet(error: unknown): boolean {
  return error instanceof ApiFailure && error.details?.folder === FOLDER_NO_SHEET;
}
