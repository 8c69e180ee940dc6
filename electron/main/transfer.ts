import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { holdsRole, type ApiError, type Download, type MethodDef, type Result } from '../shared';
import { FOLDER_IMPORTS, FOLDER_NO_SHEET, type SavedFile } from '../shared/transfer.types';
import type { Core } from '../core';
import type { SessionStaff } from '../core/context';
import type { Logger } from '../core/log';
import { FOLDER_LIMITS, listFolder, type FolderLimits } from './folder-files';

/** What the shell does for a method: save core's file, send a chosen file, or read a chosen folder. */
export type TransferKind = 'save' | 'open' | 'folder';

/** The kind of transfer a method is, read from its contract; null: it is none (`invoke` it). */
export function transferKind(name: string, def: Pick<MethodDef, 'raw'> | undefined): TransferKind | null {
  if (!def) return null;
  if (def.raw?.verb === 'GET') return 'save';
  if (def.raw?.verb === 'POST') return 'open';
  return Object.hasOwn(FOLDER_IMPORTS, name) ? 'folder' : null;
}

/** The main process's dialogs over the kiosk window (`transfer-dialogs.ts`): a path, or null when cancelled. */
export interface TransferDialogs {
  save(suggestedName: string): Promise<string | null>;
  open(method: string): Promise<string | null>;
  folder(): Promise<string | null>;
}

export interface TransferEnv {
  core: Pick<Core, 'registry' | 'sessions' | 'invoke' | 'importMedia'>;
  dialogs: TransferDialogs;
  log: Logger;
  folderLimits?: FolderLimits;
}

/** A caption sheet is read whole into the call: the import limit of a request body (50 MB). */
export const SHEET_MAX_BYTES = 50 * 1024 * 1024;

type Answer = Result<unknown>;

const done = (value: unknown): Answer => ({ ok: true, value });
const refused = (code: ApiError['code'], message: string, details?: ApiError['details']): Answer => ({
  ok: false,
  error: { code, message, ...(details ? { details } : {}) },
});

/**
 * Who may open a dialog: a signed-in member of staff holding the method's role, checked before any
 * dialog opens (core checks again when it is called). A visitor's kiosk never shows the system's
 * file dialogs, whatever the method's role: they browse the disk.
 */
export function transferRefusal(
  staff: Pick<SessionStaff, 'roles'> | null,
  def: Pick<MethodDef, 'role'>,
): Answer | null {
  if (!staff) return refused('unauthenticated', 'Sign in first');
  if (!holdsRole(staff.roles, def.role)) return refused('forbidden', `This needs the ${def.role} role`);
  return null;
}

const isDownload = (v: unknown): v is Download =>
  typeof v === 'object' && v !== null && 'body' in v && 'fileName' in v && 'contentType' in v;

/** Lets go of a download not saved: its stream closes the files it was reading. */
async function discard(body: AsyncIterable<unknown>): Promise<void> {
  await body[Symbol.asyncIterator]().return?.();
}

/**
 * Writes beside the target and renames it into place once whole: a full USB stick or a pulled
 * cable leaves no half pack under the name the curator chose.
 */
async function writeWhole(target: string, body: AsyncIterable<Uint8Array | string>): Promise<void> {
  const part = `${target}.${process.pid}.part`;
  try {
    await pipeline(Readable.from(body), fs.createWriteStream(part, { flags: 'w' }));
    await fs.promises.rename(part, target);
  } catch (err) {
    await fs.promises.rm(part, { force: true });
    throw err;
  }
}

const errnoOf = (err: unknown): string | undefined =>
  err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : undefined;

async function saveDownload(env: TransferEnv, name: string, input: unknown, clientId: string) {
  const answer = await env.core.invoke(name, input, clientId, undefined, {});
  if (!answer.ok) return answer;
  const file = answer.value;
  if (!isDownload(file)) return refused('internal', `${name} answered no file`);
  const target = await env.dialogs.save(path.basename(file.fileName));
  if (target === null) {
    await discard(file.body);
    return done(null);
  }
  try {
    await writeWhole(target, file.body);
  } catch (err) {
    env.log.warn(`${name}: could not write ${target}: ${err instanceof Error ? err.message : String(err)}`);
    return errnoOf(err) === 'ENOSPC'
      ? refused('storage_full', 'The disk chosen is full')
      : refused('internal', 'The file could not be written');
  }
  const saved: SavedFile = { fileName: path.basename(target) };
  return done(saved);
}

/** A regular file's size, or null when it is gone or not a file. */
async function sizeOf(file: string): Promise<number | null> {
  const stat = await fs.promises.stat(file).catch(() => null);
  return stat?.isFile() ? stat.size : null;
}

async function sendFile(env: TransferEnv, name: string, input: unknown, clientId: string) {
  const file = await env.dialogs.open(name);
  if (file === null) return done(null);
  const size = await sizeOf(file);
  if (size === null) return refused('not_found', 'The file chosen cannot be read');
  const body = fs.createReadStream(file);
  try {
    return await env.core.invoke(name, input, clientId, undefined, { upload: { body, declaredBytes: size } });
  } finally {
    body.destroy();
  }
}

/** The SHA-256 of a file, streamed: the id it would have in the media store. */
async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

/**
 * Stores one file of the folder and gives its media id. A file the store refused is still named,
 * by the id it would have had, so that its sheet row says `media_missing` (could not be stored)
 * rather than `unknown_file` (a browser, which does not hash, leaves it out). Null: unreadable.
 */
async function storeOne(env: TransferEnv, file: string, clientId: string): Promise<string | null> {
  const size = await sizeOf(file);
  if (size === null) return null;
  const body = fs.createReadStream(file);
  try {
    const stored = await env.core.importMedia(
      body,
      { declaredBytes: size, name: path.basename(file) },
      clientId,
    );
    if (stored.ok) return stored.value.id;
  } finally {
    body.destroy();
  }
  return sha256Of(file).catch(() => null);
}

const fieldsOf = (input: unknown): Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input) ? { ...input } : {};

async function importFolder(env: TransferEnv, name: string, input: unknown, clientId: string) {
  const rule = FOLDER_IMPORTS[name];
  if (!rule) return refused('unknown_method', `${name} takes no folder`);
  const dir = await env.dialogs.folder();
  if (dir === null) return done(null);
  const listed = await listFolder(dir, rule, env.folderLimits ?? FOLDER_LIMITS);
  if (listed === 'too_many') return refused('payload_too_large', 'The folder holds too many files');
  if (listed.sheet === null) {
    return refused('invalid_input', 'The folder has no caption sheet', { folder: FOLDER_NO_SHEET });
  }
  const sheetBytes = await sizeOf(listed.sheet);
  if (sheetBytes === null) return refused('not_found', 'The caption sheet cannot be read');
  if (sheetBytes > SHEET_MAX_BYTES) return refused('payload_too_large', 'The caption sheet is too large');
  // As the browser does: every file stored first, one at a time; a refused one is left to the sheet's report.
  const files: { name: string; mediaId: string }[] = [];
  for (const file of listed.media) {
    const mediaId = await storeOne(env, file, clientId);
    if (mediaId !== null) files.push({ name: path.basename(file), mediaId });
  }
  const sheet = { fileName: path.basename(listed.sheet), contentBase64: '' };
  try {
    sheet.contentBase64 = (await fs.promises.readFile(listed.sheet)).toString('base64');
  } catch {
    return refused('not_found', 'The caption sheet cannot be read');
  }
  // The sheet and the files are the folder's, whatever the page sent for them.
  return env.core.invoke(name, { ...fieldsOf(input), sheet, files }, clientId);
}

/**
 * One `kiosk:transfer` call from the kiosk window, after its sender was checked: the method's kind
 * from the contract, the staff member's role before any dialog, then the dialog and core. Core's
 * refusals come back as core gave them; a dialog cancelled answers null.
 */
export async function transfer(
  env: TransferEnv,
  name: string,
  input: unknown,
  clientId: string,
): Promise<Answer> {
  const def = env.core.registry.methods.get(name)?.def;
  const kind = transferKind(name, def);
  if (!def || kind === null) return refused('unknown_method', `${name} moves no file`);
  const refusal = transferRefusal(env.core.sessions.get(clientId, false), def);
  if (refusal) return refusal;
  try {
    switch (kind) {
      case 'save':
        return await saveDownload(env, name, input, clientId);
      case 'open':
        return await sendFile(env, name, input, clientId);
      case 'folder':
        return await importFolder(env, name, input, clientId);
    }
  } catch (err) {
    // A folder that cannot be listed, a dialog that failed: said as core says the unexpected.
    env.log.error(`${name} over the shell's dialogs`, err);
    return refused('internal', 'The files could not be read or written');
  }
}
