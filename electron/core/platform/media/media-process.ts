import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { MediaKind, MediaVariant } from '../../../shared/media.types';
import { DomainError } from '../../errors';
import { posterTime, probe, stillFrame, stillPath, type AvProbe } from './av';
import { mp4Complete, webmComplete } from './container-check';
import { checkGlb, type GlbSource } from './glb-check';
import { pictureVariants, rasteriseSvg, unreadable } from './picture';
import type { Received } from './receive';
import type { MediaFormat } from './sniff';

/** A file made ready to be placed in the store: its folder and what the database records. */
export interface Processed {
  sha256: string;
  bytes: number;
  kind: MediaKind;
  mime: string;
  width: number | null;
  height: number | null;
  durationS: number | null;
  variants: MediaVariant[];
  /** The folder to move into place: `original.<ext>` and the variants. */
  ready: string;
}

type AvFormat = Extract<MediaFormat, 'mp4' | 'webm' | 'mp3'>;
type PictureFormat = Exclude<MediaFormat, AvFormat | 'svg' | 'glb'>;

const PICTURE: Record<PictureFormat, { ext: string; mime: string }> = {
  jpeg: { ext: 'jpg', mime: 'image/jpeg' },
  png: { ext: 'png', mime: 'image/png' },
  gif: { ext: 'gif', mime: 'image/gif' },
  webp: { ext: 'webp', mime: 'image/webp' },
  avif: { ext: 'avif', mime: 'image/avif' },
};

/** The codecs Chromium plays in each container (without the proprietary HEVC it lacks on most PCs). */
const PLAYABLE: Record<AvFormat, { video: string[]; audio: string[] }> = {
  mp4: { video: ['h264', 'av1', 'vp9'], audio: ['aac', 'mp3', 'opus', 'flac'] },
  webm: { video: ['vp8', 'vp9', 'av1'], audio: ['opus', 'vorbis'] },
  mp3: { video: [], audio: ['mp3'] },
};

function avType(format: AvFormat, video: boolean): { ext: string; mime: string } {
  if (format === 'mp3') return { ext: 'mp3', mime: 'audio/mpeg' };
  if (format === 'mp4') return video ? { ext: 'mp4', mime: 'video/mp4' } : { ext: 'm4a', mime: 'audio/mp4' };
  return video ? { ext: 'webm', mime: 'video/webm' } : { ext: 'weba', mime: 'audio/webm' };
}

async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

async function processPicture(received: Received, work: string, ready: string): Promise<Processed> {
  let { file, sha256, bytes } = received;
  let format = received.sniffed.format as PictureFormat | 'svg';
  if (format === 'svg') {
    file = path.join(work, 'drawn.png');
    await rasteriseSvg(received.file, file);
    sha256 = await hashFile(file);
    bytes = fs.statSync(file).size;
    format = 'png';
  }
  const { width, height } = await pictureVariants(file, ready, 'screen');
  const { ext, mime } = PICTURE[format];
  fs.renameSync(file, path.join(ready, `original.${ext}`));
  return {
    sha256,
    bytes,
    kind: 'image',
    mime,
    width,
    height,
    durationS: null,
    variants: ['thumb', 'screen'],
    ready,
  };
}

function checkPlayable(format: AvFormat, p: AvProbe): void {
  const ok = PLAYABLE[format];
  const bad = [
    p.video && !ok.video.includes(p.video.codec) ? p.video.codec : null,
    p.audio && !ok.audio.includes(p.audio.codec) ? p.audio.codec : null,
  ].filter((c) => c !== null);
  if (bad.length > 0) {
    throw new DomainError('media_unplayable', `The kiosk's browser cannot play ${bad.join(' and ')}`, {
      codec: bad.join(', '),
    });
  }
}

async function processAv(received: Received, work: string, ready: string): Promise<Processed> {
  const format = received.sniffed.format as AvFormat;
  const whole =
    format === 'mp4'
      ? await mp4Complete(received.file)
      : format === 'webm'
        ? await webmComplete(received.file)
        : true;
  if (!whole) throw unreadable('the file is cut off');
  const p = await probe(received.file);
  if (!p) throw unreadable('ffmpeg finds no sound or picture in it');
  checkPlayable(format, p);
  let size: { width: number; height: number } | null = null;
  if (p.video) {
    const still = stillPath(work);
    if (!(await stillFrame(received.file, posterTime(p.durationS), still))) {
      throw unreadable('no frame of the video can be decoded');
    }
    await pictureVariants(still, ready, 'poster');
    size = p.video.width > 0 && p.video.height > 0 ? { width: p.video.width, height: p.video.height } : null;
  }
  const { ext, mime } = avType(format, p.video !== null);
  fs.renameSync(received.file, path.join(ready, `original.${ext}`));
  return {
    sha256: received.sha256,
    bytes: received.bytes,
    kind: p.video ? 'video' : 'audio',
    mime,
    width: size?.width ?? null,
    height: size?.height ?? null,
    durationS: p.durationS,
    variants: p.video ? ['thumb', 'poster'] : [],
    ready,
  };
}

/** A file read where it lies, a part at a time (a model's BIN chunk is never read). */
function fileSource(fd: number, size: number): GlbSource {
  return {
    size,
    read: (at, length) => {
      const buf = Buffer.alloc(Math.max(0, Math.min(length, size - at)));
      const n = fs.readSync(fd, buf, 0, buf.length, at);
      return buf.subarray(0, n);
    },
  };
}

/** A 3D model is kept as uploaded once checked (glb-check.ts): the renderer loads it as it is. */
function processModel(received: Received, ready: string): Processed {
  const fd = fs.openSync(received.file, 'r');
  try {
    checkGlb(fileSource(fd, received.bytes));
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(received.file, path.join(ready, 'original.glb'));
  return {
    sha256: received.sha256,
    bytes: received.bytes,
    kind: 'model',
    mime: 'model/gltf-binary',
    width: null,
    height: null,
    durationS: null,
    variants: [],
    ready,
  };
}

/**
 * Checks a received file by decoding it and makes its variants once: a picture's thumbnail and
 * screen size (an SVG drawn as a PNG first); a video's poster and thumbnail, its duration and
 * size. Sound and video are kept as uploaded, when Chromium can play them; a 3D model, when the
 * tour can draw it.
 */
export async function processUpload(received: Received, work: string): Promise<Processed> {
  const ready = path.join(work, 'ready');
  fs.mkdirSync(ready);
  const { family } = received.sniffed;
  if (family === 'model') return processModel(received, ready);
  return family === 'image' ? processPicture(received, work, ready) : processAv(received, work, ready);
}
