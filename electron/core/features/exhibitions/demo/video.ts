import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Cue } from '../../../../shared/exhibitions.types';
import { unpackedPath } from '../../../platform/media/av';
import { fromSvg } from './raster';
import { sceneSvg, type SceneSpec } from './scenes';
import { FONT } from './svg-parts';

const FPS = 24;

/** The mark over every frame: this is drawn, not filmed. */
const TAG_SVG =
  `<svg xmlns="http://www.w3.org/2000/svg" width="196" height="40" viewBox="0 0 196 40">` +
  `<rect width="196" height="40" rx="6" fill="#000000" fill-opacity="0.55"/>` +
  `<text x="98" y="27" font-family="${FONT}" font-size="20" font-weight="700" fill="#ffffff" text-anchor="middle">示意插画 · 演示视频</text></svg>`;
const SIZE = { width: 640, height: 360 };
/** The stills are drawn larger than the frame, so the slow zoom has pixels to spare. */
const STILL = { width: 1280, height: 720 };

/** The ffmpeg of @ffmpeg-installer (as the media feature finds it; unpacked in a packaged app). */
async function ffmpegPath(): Promise<string> {
  const m = await import('@ffmpeg-installer/ffmpeg');
  return unpackedPath(m.default.path);
}

async function runFfmpeg(args: string[]): Promise<void> {
  const bin = await ffmpegPath();
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['-hide_banner', '-nostdin', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 120_000,
      windowsHide: true,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => {
      if (stderr.length < 64 * 1024) stderr += s;
    });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`ffmpeg exited with ${code}: ${stderr.slice(-2000)}`));
    });
  });
}

/** Seconds as WebVTT writes them: 00:00:04.500. */
function vttTime(s: number): string {
  const ms = Math.round(s * 1000);
  const hh = String(Math.floor(ms / 3_600_000)).padStart(2, '0');
  const mm = String(Math.floor(ms / 60_000) % 60).padStart(2, '0');
  const ss = String(Math.floor(ms / 1000) % 60).padStart(2, '0');
  return `${hh}:${mm}:${ss}.${String(ms % 1000).padStart(3, '0')}`;
}

export function toVtt(cues: readonly Cue[]): string {
  const blocks = cues.map((c, i) => `${i + 1}\n${vttTime(c.startS)} --> ${vttTime(c.endS)}\n${c.text}`);
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

/**
 * A WebM (VP8 and Opus) of the stills, each shown `secondsEach` with a slow zoom (alternately in
 * and out), over a quiet two-tone bed that fades in and out. Single-threaded and bit-exact, so the
 * same stills give the same bytes.
 */
export async function buildStillsVideo(stills: readonly SceneSpec[], secondsEach: number, out: string) {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'hongyi-demo-video-'));
  try {
    const inputs: string[] = [];
    for (const [i, spec] of stills.entries()) {
      const file = path.join(tmp, `still-${i}.png`);
      await (
        await fromSvg(sceneSvg(spec, { label: false, tag: false }))
      )
        .resize({ ...STILL, fit: 'cover', position: 'top' })
        .png()
        .toFile(file);
      inputs.push('-i', file);
    }
    const tag = path.join(tmp, 'tag.png');
    await (await fromSvg(TAG_SVG)).png().toFile(tag);
    inputs.push('-i', tag);
    const frames = Math.round(secondsEach * FPS);
    const total = frames * stills.length;
    const duration = total / FPS;
    const zoom = (i: number) => (i % 2 === 0 ? `1+0.12*on/${frames}` : `1.12-0.12*on/${frames}`);
    const parts = stills.map(
      (_, i) =>
        `[${i}:v]zoompan=z='${zoom(i)}':x='(iw-iw/zoom)*${i % 3 === 1 ? '0.2' : '0.5'}':y='(ih-ih/zoom)/2'` +
        `:d=${frames}:s=${SIZE.width}x${SIZE.height}:fps=${FPS},setsar=1,format=yuv420p[v${i}]`,
    );
    const joined = `${stills.map((_, i) => `[v${i}]`).join('')}concat=n=${stills.length}:v=1:a=0[joined];[joined][${stills.length}:v]overlay=W-w-12:12,format=yuv420p[v]`;
    const bed =
      `aevalsrc='(0.018*sin(2*PI*196*t)+0.012*sin(2*PI*293.66*t)+0.008*sin(2*PI*392*t))*(0.7+0.3*sin(2*PI*0.1*t))'` +
      `:s=48000:d=${duration},afade=t=in:d=2,afade=t=out:st=${duration - 2.5}:d=2.5[a]`;
    await runFfmpeg([
      '-y',
      ...inputs,
      '-filter_complex',
      [...parts, joined, bed].join(';'),
      '-map',
      '[v]',
      '-map',
      '[a]',
      '-c:v',
      'libvpx',
      '-b:v',
      '320k',
      '-crf',
      '12',
      // The fastest of libvpx's settings: about 0.6 ms of CPU a frame for drawn stills.
      '-deadline',
      'realtime',
      '-cpu-used',
      '16',
      '-g',
      String(FPS * 2),
      '-threads',
      '1',
      '-c:a',
      'libopus',
      '-b:a',
      '32k',
      '-ac',
      '1',
      '-map_metadata',
      '-1',
      '-fflags',
      '+bitexact',
      '-flags:v',
      '+bitexact',
      '-flags:a',
      '+bitexact',
      '-t',
      String(duration),
      out,
    ]);
    return { durationS: duration };
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}
