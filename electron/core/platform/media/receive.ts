import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { DomainError } from '../../errors';
import { SNIFF_BYTES, sniff, type Sniffed } from './sniff';

/**
 * The size limits in bytes, by family (from the settings `media.maxImageMB` and `media.maxVideoMB`;
 * a 3D model's is `MODEL_LIMITS.megabytes`).
 */
export interface MediaLimits {
  image: number;
  av: number;
  model: number;
}

export interface Received {
  file: string;
  sha256: string;
  bytes: number;
  sniffed: Sniffed;
}

export const MB = 1024 * 1024;

export function tooLarge(limit: number): DomainError {
  const limitMB = Math.floor(limit / MB);
  return new DomainError('media_too_large', `The file is larger than ${limitMB} MB`, { limitMB });
}

/** What a stream written to a file is checked against as it comes. */
export interface StreamChecks {
  /** Each chunk before it is written (`bytes`: all received so far, this one included); an error refuses. */
  chunk(chunk: Buffer, bytes: number): Error | null;
  /** At the end, before the file is closed; an error refuses. */
  end(bytes: number): Error | null;
  /** The error for a source that closed before its end (a client that went away). */
  stopped(): Error;
}

/**
 * Streams `source` into a new `file` (never holding it whole), with backpressure, checking each chunk
 * and the end; answers the bytes written. On a refusal the source is paused and left to its owner, so
 * an HTTP shell can still answer on the connection; the file is left for the caller's work folder.
 * Either way the promise settles only once the file is closed.
 */
export function streamToFile(source: Readable, file: string, checks: StreamChecks): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = fs.createWriteStream(file, { flags: 'wx' });
    let bytes = 0;
    let settled = false;

    const detach = () => {
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', fail);
      source.off('close', onClose);
      out.off('error', fail);
    };
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      detach();
      source.pause();
      // A write still under way may fail as the file is closed: nobody waits for it any more.
      out.on('error', () => undefined);
      // Answered once the file is closed: its folder may be removed at once, and a file still being
      // opened would otherwise appear in it as it goes (the removal then fails with ENOTEMPTY).
      const error = err instanceof Error ? err : new Error(String(err));
      if (out.closed) reject(error);
      else out.once('close', () => reject(error));
      out.destroy();
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      const refused = checks.chunk(chunk, bytes);
      if (refused) return fail(refused);
      if (!out.write(chunk)) {
        source.pause();
        out.once('drain', () => {
          if (!settled) source.resume();
        });
      }
    };
    const onEnd = () => {
      if (settled) return;
      const refused = checks.end(bytes);
      if (refused) return fail(refused);
      settled = true;
      detach();
      out.once('error', reject);
      out.once('close', () => resolve(bytes));
      out.end();
    };
    const onClose = () => fail(checks.stopped());

    source.on('data', onData);
    source.once('end', onEnd);
    source.once('error', fail);
    source.once('close', onClose);
    out.once('error', fail);
    source.resume();
  });
}

/**
 * Streams `source` into `file`, hashing as it goes, never holding the whole file. The type is
 * sniffed from the first bytes; the file is refused as soon as it is known to be unknown or it
 * passes its limit (the declared length is checked before a byte is read).
 */
export async function receive(
  source: Readable,
  file: string,
  limits: MediaLimits,
  declared?: number,
): Promise<Received> {
  let limit = Math.max(limits.image, limits.av, limits.model);
  if (declared !== undefined && declared > limit) throw tooLarge(limit);
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headBytes = 0;
  let sniffed: Sniffed | null | undefined;
  /**
   * Sniffs the start as it comes: decided as soon as a format is recognised, or refused when
   * {@link SNIFF_BYTES} (or the whole file) tell none.
   */
  const decide = (final: boolean): Error | null => {
    const found = sniff(Buffer.concat(head));
    if (found === null && !final) return null;
    sniffed = found;
    if (sniffed === null)
      return new DomainError(
        'media_unknown_type',
        'Not a picture, video, sound or 3D model the kiosk can show',
      );
    limit = limits[sniffed.family];
    return declared !== undefined && declared > limit ? tooLarge(limit) : null;
  };
  const bytes = await streamToFile(source, file, {
    chunk: (chunk, received) => {
      if (sniffed === undefined) {
        head.push(chunk);
        headBytes += chunk.length;
        const refused = decide(headBytes >= SNIFF_BYTES);
        if (refused) return refused;
      }
      if (received > limit) return tooLarge(limit);
      hash.update(chunk);
      return null;
    },
    end: (received) => {
      if (received === 0) return new DomainError('media_empty', 'The file is empty');
      return sniffed === undefined ? decide(true) : null;
    },
    stopped: () => new Error('The upload stopped before its end'),
  });
  if (!sniffed) throw new Error('no format after the decision');
  return { file, sha256: hash.digest('hex'), bytes, sniffed };
}
