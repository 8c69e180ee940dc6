import fs from 'node:fs';

/**
 * Cheap checks that a sound or video file arrived whole. ffmpeg happily describes a file cut off
 * half way when its index comes first; the container's own sizes tell.
 */

async function readAt(fh: fs.promises.FileHandle, at: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, at);
  return buf.subarray(0, bytesRead);
}

/** An MP4's top-level boxes must reach exactly to the end of the file. */
export async function mp4Complete(file: string): Promise<boolean> {
  const fh = await fs.promises.open(file, 'r');
  try {
    const { size } = await fh.stat();
    let at = 0;
    for (let boxes = 0; at < size && boxes < 100_000; boxes++) {
      const h = await readAt(fh, at, 16);
      if (h.length < 8) return false;
      const short = h.readUInt32BE(0);
      // 0: the box runs to the end of the file.
      if (short === 0) return true;
      const length = short === 1 ? (h.length < 16 ? 0 : Number(h.readBigUInt64BE(8))) : short;
      if (length < 8) return false;
      at += length;
    }
    return at === size;
  } finally {
    await fh.close();
  }
}

/** An EBML variable-length integer at `buf[at]`: its length and value (null when "unknown"). */
export function vint(buf: Buffer, at: number): { length: number; value: number | null } | null {
  const first = buf[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (at + length > buf.length) return null;
  let value = first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const b = buf[at + i] ?? 0;
    value = value * 256 + b;
    allOnes &&= b === 0xff;
  }
  return { length, value: allOnes ? null : value };
}

const SEGMENT_ID = 0x18538067;

/** A WebM's Segment, where its size is written (a live recording may leave it unknown), must fit. */
export async function webmComplete(file: string): Promise<boolean> {
  const fh = await fs.promises.open(file, 'r');
  try {
    const { size } = await fh.stat();
    const head = await readAt(fh, 0, 64);
    const headerSize = vint(head, 4);
    if (!headerSize || headerSize.value === null) return false;
    const segmentAt = 4 + headerSize.length + headerSize.value;
    const seg = await readAt(fh, segmentAt, 12);
    if (seg.length < 5 || seg.readUInt32BE(0) !== SEGMENT_ID) return false;
    const segmentSize = vint(seg, 4);
    if (!segmentSize) return false;
    if (segmentSize.value === null) return true;
    return segmentAt + 4 + segmentSize.length + segmentSize.value <= size;
  } finally {
    await fh.close();
  }
}
