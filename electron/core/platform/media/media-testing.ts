import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';
import sharp from 'sharp';

/**
 * Test files made on the spot, never downloaded: pictures drawn by sharp, sound and video
 * encoded by ffmpeg from its built-in test sources. Only tests import this file.
 */

/** A plain picture, `width`×`height`, in one colour. */
export function picture(
  format: 'png' | 'jpeg' | 'webp' | 'gif',
  width = 64,
  height = 48,
  colour = { r: 200, g: 30, b: 40 },
): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .toFormat(format)
    .toBuffer();
}

/** A JPEG stored `width`×`height` whose EXIF says to turn it (6: a quarter turn clockwise). */
export function rotatedJpeg(width: number, height: number, orientation: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 20, g: 90, b: 200 } } })
    .jpeg()
    .withMetadata({ orientation })
    .toBuffer();
}

export const SVG_WITH_SCRIPT = Buffer.from(
  '<?xml version="1.0"?>\n<!-- a logo -->\n<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">' +
    '<script>alert(1)</script><rect width="40" height="20" fill="#c00"/></svg>',
);

export type AvSample = 'mp4' | 'webm' | 'mp3' | 'mpeg4-in-mp4';

const ENCODE: Record<AvSample, string[]> = {
  mp4: [
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=160x120:rate=10:duration=2',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:duration=2',
    '-c:v',
    'libx264',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-shortest',
    '-movflags',
    '+faststart',
  ],
  webm: [
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=160x120:rate=10:duration=2',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:duration=2',
    '-c:v',
    'libvpx',
    '-b:v',
    '200k',
    '-c:a',
    'libopus',
    '-shortest',
  ],
  mp3: ['-f', 'lavfi', '-i', 'sine=frequency=440:duration=2', '-c:a', 'libmp3lame'],
  // MPEG-4 Part 2 in an MP4: a real video that Chromium cannot play.
  'mpeg4-in-mp4': ['-f', 'lavfi', '-i', 'testsrc=size=160x120:rate=10:duration=1', '-c:v', 'mpeg4'],
};

const EXT: Record<AvSample, string> = { mp4: 'mp4', webm: 'webm', mp3: 'mp3', 'mpeg4-in-mp4': 'mp4' };

/** A two-second clip (a test pattern and a 440 Hz tone) encoded by ffmpeg into `dir`. */
export async function avSample(dir: string, sample: AvSample): Promise<Buffer> {
  const out = path.join(dir, `sample-${sample}.${EXT[sample]}`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      ffmpegInstaller.path,
      ['-hide_banner', '-nostdin', '-v', 'error', ...ENCODE[sample], '-y', out],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg ${code}: ${err}`))));
  });
  return fs.readFileSync(out);
}

/** The media store's items on disk (what a refusal must leave unchanged). */
export function storedItems(dataDir: string): string[] {
  const dir = path.join(dataDir, 'media');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f !== '.tmp') : [];
}

/** What is left in the store's work folder (nothing, once every import has finished). */
export function leftInTmp(dataDir: string): string[] {
  const dir = path.join(dataDir, 'media', '.tmp');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}
