import fs from 'node:fs';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { Core, silentLogger } from '../../electron/core';
import { BENCH_PIN, call, progress, seconds, tmp } from './library.bench';
import { figure, median, report, section, timeAsync } from './stats';

export const PHOTOS = 200;
const CURATOR = 'bench:curator';
/** A 12-megapixel camera's picture. */
const WIDTH = 4000;
const HEIGHT = 3000;

/**
 * A camera-sized JPEG with detail all over (a gradient under noise, as a photo of leaves or a crowd
 * compresses), about 4 MB. Each copy gets its own comment segment, so every file has its own
 * bytes and so its own id: the store never answers one from an earlier upload.
 */
async function cameraPhoto(): Promise<Buffer> {
  const noise = await sharp({
    create: {
      width: WIDTH,
      height: HEIGHT,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .png()
    .toBuffer();
  return sharp(noise)
    .composite([
      {
        input: Buffer.from(
          `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><defs><linearGradient id="g"><stop offset="0" stop-color="#b33" stop-opacity=".6"/><stop offset="1" stop-color="#36b" stop-opacity=".6"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
        ),
      },
    ])
    .jpeg({ quality: 88 })
    .toBuffer();
}

export function withComment(jpeg: Buffer, text: string): Buffer {
  const body = Buffer.from(text, 'latin1');
  const segment = Buffer.alloc(4 + body.length);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(body.length + 2, 2);
  body.copy(segment, 4);
  // After SOI (FFD8), before everything else.
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

/**
 * 园区历史展: a curator's folder of `count` 12 MP photos imported into the media store, each with
 * its variants (the list's thumbnail and the screen-size picture, EXIF orientation applied), as
 * the folder import does. Photos per second, and one photo's import against decoding it alone.
 */
export async function exhibitionsBench(count = PHOTOS): Promise<void> {
  section(`园区历史展: ${count} photos of 12 MP imported with their variants`);
  const base = await cameraPhoto();
  progress(
    `a ${WIDTH}×${HEIGHT} JPEG of ${(base.length / 1e6).toFixed(1)} MB, ${count} copies with their own bytes`,
  );

  const decodes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const [, took] = await timeAsync(() => sharp(base).raw().toBuffer());
    decodes.push(took);
  }

  const dataDir = tmp('hongyi-bench-photos-');
  const core = await Core.open({ dataDir, adminPin: BENCH_PIN, log: silentLogger, demo: false });
  try {
    await call(core, 'auth.signIn', { staffNo: 'admin', pin: BENCH_PIN }, CURATOR);
    const each: number[] = [];
    const [, totalMs] = await timeAsync(async () => {
      for (let i = 0; i < count; i++) {
        const file = withComment(base, `photo ${i}`);
        const [result, took] = await timeAsync(() =>
          core.importMedia(
            Readable.from([file]),
            { declaredBytes: file.length, name: `IMG_${i}.jpg` },
            CURATOR,
          ),
        );
        if (!result.ok) throw new Error(`photo ${i} refused: ${result.error.code}`);
        if (!result.value.variants.includes('thumb')) throw new Error(`photo ${i} has no thumbnail`);
        each.push(took);
      }
    });
    figure(
      `${count} photos of 12 MP imported with variants`,
      `${(count / (totalMs / 1000)).toFixed(1)} photos/s (${seconds(totalMs)})`,
    );
    report('one photo imported (median)', median(each), 'decoding it alone (median)', median(decodes));
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
