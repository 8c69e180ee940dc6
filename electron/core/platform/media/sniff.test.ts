import { describe, expect, it } from 'vitest';
import { parseProbe } from './av';
import { vint } from './container-check';
import { sniff } from './sniff';

const bytes = (...b: number[]) => Buffer.from(b);
const iso = (brand: string) =>
  Buffer.concat([bytes(0, 0, 0, 0x20), Buffer.from(`ftyp${brand}`), Buffer.alloc(16)]);
const ebml = (docType: string) =>
  Buffer.concat([bytes(0x1a, 0x45, 0xdf, 0xa3, 0x9f), Buffer.from(`B\x82\x84${docType}`)]);

describe('sniffing a file from its first bytes', () => {
  it('tells the formats the kiosk shows and plays', () => {
    expect(sniff(bytes(0xff, 0xd8, 0xff, 0xe0))?.format).toBe('jpeg');
    expect(sniff(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))?.format).toBe('png');
    expect(sniff(Buffer.from('GIF89a...'))?.format).toBe('gif');
    expect(sniff(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))?.format).toBe('webp');
    expect(sniff(iso('avif'))?.format).toBe('avif');
    expect(sniff(iso('isom'))).toEqual({ format: 'mp4', family: 'av' });
    expect(sniff(iso('M4A '))?.format).toBe('mp4');
    expect(sniff(ebml('webm'))).toEqual({ format: 'webm', family: 'av' });
    expect(sniff(Buffer.from('ID3\x04\0'))?.format).toBe('mp3');
    expect(sniff(bytes(0xff, 0xfb, 0x90, 0x64))?.format).toBe('mp3');
    const svg =
      '\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg width="1">';
    expect(sniff(Buffer.from(svg))?.format).toBe('svg');
  });

  it('refuses what Chromium cannot show, and what only looks like media', () => {
    for (const head of [
      iso('heic'),
      iso('mif1'),
      ebml('matroska'),
      bytes(0xff, 0xf1, 0x50, 0x80), // AAC in ADTS, not MP3
      Buffer.from('<html><svg></svg></html>'),
      Buffer.from('%PDF-1.7'),
      Buffer.from('PK\x03\x04'),
      Buffer.from('BM\0\0'),
      Buffer.alloc(0),
    ]) {
      expect(sniff(head), head.toString('latin1')).toBeNull();
    }
  });
});

describe('reading containers', () => {
  it('reads EBML variable-length integers, "unknown" included', () => {
    expect(vint(bytes(0x81), 0)).toEqual({ length: 1, value: 1 });
    expect(vint(bytes(0x40, 0x02), 0)).toEqual({ length: 2, value: 2 });
    expect(vint(bytes(0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), 0)).toEqual({
      length: 8,
      value: null,
    });
    expect(vint(bytes(0x00), 0)).toBeNull();
    expect(vint(bytes(0x40), 0)).toBeNull();
  });

  it("reads ffmpeg's description of a file", () => {
    const probe = parseProbe(
      [
        "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'x.mp4':",
        '  Duration: 00:01:02.50, start: 0.000000, bitrate: 300 kb/s',
        '    Stream #0:0(und): Video: h264 (High) (avc1 / 0x31637661), yuv420p, 1920x1080 [SAR 1:1 DAR 16:9], 25 fps',
        '    Metadata:',
        '      rotate          : 90',
        '    Stream #0:1(und): Audio: aac (LC) (mp4a / 0x6134706D), 44100 Hz, stereo, fltp, 128 kb/s',
        '    Stream #0:2: Video: mjpeg, yuvj420p, 300x300, 90k tbr (attached pic)',
      ].join('\n'),
    );
    expect(probe).toEqual({
      durationS: 62.5,
      video: { codec: 'h264', width: 1080, height: 1920 },
      audio: { codec: 'aac' },
    });
    expect(parseProbe('x.mp4: Invalid data found when processing input')).toBeNull();
  });
});
