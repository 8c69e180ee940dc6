import fs from 'node:fs';
import path from 'node:path';
import type { Sharp, SharpOptions } from 'sharp';
import { DomainError } from '../../errors';

/** The longest edge of the screen variant: a 1920×1080 screen either way round. */
export const SCREEN_EDGE = 1920;
/** The longest edge of a thumbnail: a card in a list, at twice its size for sharpness. */
export const THUMB_EDGE = 480;
/** Larger than any camera makes; a small file claiming more pixels is a decompression bomb. */
const MAX_PIXELS = 100_000_000;

type SharpFn = (input?: string | Buffer, options?: SharpOptions) => Sharp;
let loaded: Promise<SharpFn> | undefined;

/**
 * sharp is loaded when a picture is first processed, not at start: a machine whose native binary
 * is missing still runs the kiosk, and only uploads say what is wrong.
 */
function sharp(): Promise<SharpFn> {
  loaded ??= import('sharp').then(({ default: s }) => {
    // Its cache keeps input files open, and Windows cannot move a folder with a file open in it.
    s.cache(false);
    return s;
  });
  return loaded;
}

export const unreadable = (what: string) =>
  new DomainError('media_unreadable', `The file cannot be read: ${what}`);

/**
 * The screen-size variant (`screen` for a picture, `poster` for a video's still) and the thumbnail
 * of a picture, as WebP, with its EXIF orientation applied and its metadata (a phone's GPS
 * position too) left out. The whole picture is decoded: a truncated or damaged one is refused.
 */
export async function pictureVariants(
  input: string,
  outDir: string,
  big: 'screen' | 'poster',
): Promise<{ width: number; height: number }> {
  const s = await sharp();
  const open = () => s(input, { autoOrient: true, failOn: 'warning', limitInputPixels: MAX_PIXELS });
  const fit = (edge: number) =>
    ({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true }) as const;
  try {
    const meta = await open().metadata();
    await open()
      .resize(fit(SCREEN_EDGE))
      .webp({ quality: 82 })
      .toFile(path.join(outDir, `${big}.webp`));
    await open().resize(fit(THUMB_EDGE)).webp({ quality: 78 }).toFile(path.join(outDir, 'thumb.webp'));
    return { width: meta.autoOrient.width, height: meta.autoOrient.height };
  } catch (err) {
    throw unreadable(err instanceof Error ? err.message : String(err));
  }
}

/**
 * An SVG drawn once as a PNG about a screen wide. An SVG is a document that can carry script and
 * links: it is never stored or served as one. Read from memory, so nothing it refers to is loaded.
 */
export async function rasteriseSvg(input: string, output: string): Promise<void> {
  const s = await sharp();
  try {
    const svg = await fs.promises.readFile(input);
    const meta = await s(svg).metadata();
    const edge = Math.max(meta.width, meta.height, 1);
    const density = Math.min(Math.max((72 * SCREEN_EDGE) / edge, 1), 100_000);
    await s(svg, { density, limitInputPixels: MAX_PIXELS }).png().toFile(output);
  } catch (err) {
    throw unreadable(err instanceof Error ? err.message : String(err));
  }
}
