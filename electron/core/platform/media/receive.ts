import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { DomainError } from '../../errors';
import { SNIFF_BYTES, sniff, type Sniffed } from './sniff';

/** The size limits in bytes, by family (from the settings `media.maxImageMB` and `media.maxVideoMB`). */
export interface MediaLimits {
  image: number;
  av: number;
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

/**
 * Streams `source` into `file`, hashing as it goes, never holding the whole file. The type is
 * sniffed from the first bytes; the file is refused as soon as it is known to be unknown or it
 * passes its limit (the declared length is checked before a byte is read). On a refusal the
 * source is paused and left to its owner, so an HTTP shell can still answer on the connection.
 */
export function receive(
  source: Readable,
  file: string,
  limits: MediaLimits,
  declared?: number,
): Promise<Received> {
  return new Promise((resolve, reject) => {
    let limit = Math.max(limits.image, limits.av);
    if (declared !== undefined && declared > limit) return reject(tooLarge(limit));
    const out = fs.createWriteStream(file, { flags: 'wx' });
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let headBytes = 0;
    let bytes = 0;
    let sniffed: Sniffed | null | undefined;
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
      out.destroy();
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    /**
     * Sniffs the start as it comes: decided as soon as a format is recognised, or refused when
     * {@link SNIFF_BYTES} (or the whole file) tell none. Returns false when the file is refused.
     */
    const decide = (final: boolean): boolean => {
      const found = sniff(Buffer.concat(head));
      if (found === null && !final) return true;
      sniffed = found;
      if (sniffed === null) {
        fail(new DomainError('media_unknown_type', 'Not a picture, video or sound the kiosk can show'));
        return false;
      }
      limit = sniffed.family === 'image' ? limits.image : limits.av;
      if (declared !== undefined && declared > limit) {
        fail(tooLarge(limit));
        return false;
      }
      return true;
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (sniffed === undefined) {
        head.push(chunk);
        headBytes += chunk.length;
        if (!decide(headBytes >= SNIFF_BYTES)) return;
      }
      if (bytes > limit) return fail(tooLarge(limit));
      hash.update(chunk);
      if (!out.write(chunk)) {
        source.pause();
        out.once('drain', () => {
          if (!settled) source.resume();
        });
      }
    };
    const onEnd = () => {
      if (settled) return;
      if (bytes === 0) return fail(new DomainError('media_empty', 'The file is empty'));
      if (sniffed === undefined && !decide(true)) return;
      settled = true;
      detach();
      const format = sniffed;
      if (!format) return reject(new Error('no format after the decision'));
      out.once('error', reject);
      out.once('finish', () => resolve({ file, sha256: hash.digest('hex'), bytes, sniffed: format }));
      out.end();
    };
    // A client that goes away closes the stream without an end.
    const onClose = () => fail(new Error('The upload stopped before its end'));

    source.on('data', onData);
    source.once('end', onEnd);
    source.once('error', fail);
    source.once('close', onClose);
    out.once('error', fail);
  });
}
