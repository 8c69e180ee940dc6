import type { SharpOptions, Sharp } from 'sharp';
import { sceneSvg, type SceneSpec } from './scenes';

type SharpFn = (input?: Buffer, options?: SharpOptions) => Sharp;

let loaded: Promise<SharpFn> | undefined;

/**
 * sharp is loaded when the demo is first built, not when the feature is imported: a machine whose
 * native binary is missing still runs the kiosk (as the media platform does it).
 */
function sharp(): Promise<SharpFn> {
  loaded ??= import('sharp').then(({ default: s }) => {
    s.cache(false);
    return s;
  });
  return loaded;
}

/** An SVG through librsvg (fontconfig finds the Noto CJK font for its text). */
export async function fromSvg(svgText: string): Promise<Sharp> {
  return (await sharp())(Buffer.from(svgText));
}

/** A scene as a JPEG of its full size (1600×1000). */
export async function sceneJpeg(spec: SceneSpec, quality: number): Promise<Buffer> {
  return (await fromSvg(sceneSvg(spec))).jpeg({ quality, mozjpeg: false }).toBuffer();
}
