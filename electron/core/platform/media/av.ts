import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** What ffmpeg says about a sound or video file. */
export interface AvProbe {
  durationS: number | null;
  video: { codec: string; width: number; height: number } | null;
  audio: { codec: string } | null;
}

/** Kept beyond any real probe or still, so a file that makes ffmpeg hang cannot hold an upload forever. */
const FFMPEG_TIMEOUT_MS = 120_000;
const STDERR_KEPT = 64 * 1024;

/**
 * In a packaged app the binary sits in app.asar.unpacked (electron-builder.yml, asarUnpack):
 * nothing can be run from inside the archive.
 */
export function unpackedPath(file: string): string {
  return file.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

let binary: Promise<string> | undefined;

/** The ffmpeg of @ffmpeg-installer, loaded when first needed (a missing one fails only uploads). */
function ffmpeg(): Promise<string> {
  binary ??= import('@ffmpeg-installer/ffmpeg').then((m) => unpackedPath(m.default.path));
  return binary;
}

async function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const bin = await ffmpeg();
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['-hide_banner', '-nostdin', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: FFMPEG_TIMEOUT_MS,
      windowsHide: true,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => {
      if (stderr.length < STDERR_KEPT) stderr += s;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stderr }));
  });
}

/** The first video and audio streams of ffmpeg's description of its input; null when it has none. */
export function parseProbe(stderr: string): AvProbe | null {
  if (!/^Input #0, /m.test(stderr)) return null;
  const d = /Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(stderr);
  const durationS = d ? Number(d[1]) * 3600 + Number(d[2]) * 60 + Number(d[3]) : null;
  let video: AvProbe['video'] = null;
  let audio: AvProbe['audio'] = null;
  for (const m of stderr.matchAll(/Stream #\d+:\d+[^:\n]*: (Video|Audio): ([a-z0-9_]+)([^\n]*)/g)) {
    const [, type, codec = '', rest = ''] = m;
    // An MP3's or M4A's cover picture is listed as a video stream.
    if (rest.includes('attached pic')) continue;
    if (type === 'Audio') audio ??= { codec };
    else if (!video) {
      const size = /\b(\d{1,5})x(\d{1,5})\b/.exec(rest);
      video = { codec, width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) };
    }
  }
  // A phone's upright video is stored sideways with a rotation the players apply.
  const rotate = /^\s*rotate\s*:\s*(-?\d+)/m.exec(stderr);
  if (video && rotate && Math.abs(Number(rotate[1])) % 180 === 90) {
    video = { ...video, width: video.height, height: video.width };
  }
  return video || audio ? { durationS, video, audio } : null;
}

export async function probe(file: string): Promise<AvProbe | null> {
  // With no output named, ffmpeg describes its input and exits with an error: that is expected.
  const { stderr } = await run(['-i', file]);
  return parseProbe(stderr);
}

/** One frame as a PNG, at `atS` seconds or, for a very short video, the first frame. */
export async function stillFrame(file: string, atS: number, out: string): Promise<boolean> {
  for (const at of atS > 0 ? [atS, 0] : [0]) {
    await run(['-v', 'error', '-ss', at.toFixed(3), '-i', file, '-frames:v', '1', '-f', 'image2', '-y', out]);
    if (fs.existsSync(out) && fs.statSync(out).size > 0) return true;
  }
  return false;
}

/** Where a poster is taken: a second in, or a tenth of the way for a shorter clip. */
export function posterTime(durationS: number | null): number {
  return durationS === null ? 0 : Math.min(1, durationS / 10);
}

export const stillPath = (dir: string) => path.join(dir, 'still.png');
