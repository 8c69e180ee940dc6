/** A format the store takes, as told by the file's first bytes. */
export type MediaFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'svg' | 'mp4' | 'webm' | 'mp3' | 'glb';

export interface Sniffed {
  format: MediaFormat;
  /** Pictures, sound-or-video and 3D models have different size limits. */
  family: 'image' | 'av' | 'model';
}

/** Enough of the start of a file to tell its format (an SVG may open with a long comment). */
export const SNIFF_BYTES = 4096;

const ascii = (b: Buffer, start: number, end: number) => b.toString('latin1', start, end);
const starts = (b: Buffer, bytes: number[]) => bytes.every((v, i) => b[i] === v);

/** ISO base media brands that are pictures, not movies. HEIC is left out: Chromium cannot show it. */
const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

function isoBrand(b: Buffer): string | null {
  return b.length >= 12 && ascii(b, 4, 8) === 'ftyp' ? ascii(b, 8, 12) : null;
}

/** An MPEG audio layer III frame header (not AAC's ADTS, whose layer bits are 00). */
function mp3Frame(b: Buffer): boolean {
  const b1 = b[1] ?? 0;
  return b[0] === 0xff && (b1 & 0xe0) === 0xe0 && ((b1 >> 1) & 0x03) === 0x01;
}

const SVG_START =
  /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE\s+svg[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/i;

/**
 * The format of a file from its first bytes (up to {@link SNIFF_BYTES}), never from its name or
 * the type a client claims. Null for anything the kiosk cannot show or play.
 */
export function sniff(head: Buffer): Sniffed | null {
  // Binary glTF; its version and the rest are the model check's (glb-check.ts), with a clear refusal.
  if (ascii(head, 0, 4) === 'glTF') return { format: 'glb', family: 'model' };
  if (starts(head, [0xff, 0xd8, 0xff])) return { format: 'jpeg', family: 'image' };
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { format: 'png', family: 'image' };
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a')
    return { format: 'gif', family: 'image' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP')
    return { format: 'webp', family: 'image' };
  const brand = isoBrand(head);
  if (brand !== null) {
    if (AVIF_BRANDS.has(brand)) return { format: 'avif', family: 'image' };
    if (HEIF_BRANDS.has(brand)) return null;
    return { format: 'mp4', family: 'av' };
  }
  if (starts(head, [0x1a, 0x45, 0xdf, 0xa3])) {
    // Matroska and WebM share EBML; Chromium plays only the WebM doctype.
    return ascii(head, 4, 64).includes('webm') ? { format: 'webm', family: 'av' } : null;
  }
  if (ascii(head, 0, 3) === 'ID3' || mp3Frame(head)) return { format: 'mp3', family: 'av' };
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  if (SVG_START.test(text)) return { format: 'svg', family: 'image' };
  return null;
}
