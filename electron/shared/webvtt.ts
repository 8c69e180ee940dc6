import type { Cue } from './exhibitions.types';

/** Why a WebVTT text was refused: the line (1-based) where reading stopped, and what was wrong. */
export class VttError extends Error {
  constructor(
    readonly line: number,
    readonly problem: 'header' | 'timing' | 'order' | 'empty',
  ) {
    super(`WebVTT ${problem} at line ${line}`);
  }
}

const TIME = /^(?:(\d{1,3}):)?([0-5]\d):([0-5]\d)[.,](\d{3})$/;
const ARROW = /^(\S+)\s+-->\s+(\S+)(?:\s+.*)?$/;

function seconds(s: string): number | null {
  const m = TIME.exec(s);
  if (!m) return null;
  const [, h = '0', min = '0', sec = '0', ms = '0'] = m;
  return Number(h) * 3600 + Number(min) * 60 + Number(sec) + Number(ms) / 1000;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&nbsp;': ' ',
  '&lrm;': '',
  '&rlm;': '',
  '&quot;': '"',
  '&apos;': "'",
};

/** A cue's text as a visitor reads it: tags (`<v Name>`, `<i>`, timestamps) dropped, entities decoded. */
function plainText(lines: string[]): string {
  return lines
    .join('\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|nbsp|lrm|rlm|quot|apos);/g, (e) => ENTITIES[e] ?? e)
    .trim();
}

/**
 * Reads WebVTT subtitles into cues, in the order given. Strict where a mistake would show on
 * screen (the header, every timing line, an end before its start, no cue at all); lenient where
 * players are (cue settings, identifiers, NOTE / STYLE / REGION blocks, CRLF, a BOM). Cues whose
 * text is empty are left out. Throws {@link VttError}.
 */
export function parseVtt(source: string): Cue[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) throw new VttError(1, 'header');
  const cues: Cue[] = [];
  let i = 1;
  while (i < lines.length) {
    if ((lines[i] ?? '').trim() === '') {
      i++;
      continue;
    }
    // A block: up to the next blank line.
    const start = i;
    const block: string[] = [];
    while (i < lines.length && (lines[i] ?? '').trim() !== '') block.push(lines[i++] ?? '');
    const first = block[0] ?? '';
    if (/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first)) continue;
    const timingAt = first.includes('-->') ? 0 : 1;
    const timing = ARROW.exec((block[timingAt] ?? '').trim());
    const line = start + timingAt + 1;
    if (!timing) throw new VttError(line, 'timing');
    const startS = seconds(timing[1] ?? '');
    const endS = seconds(timing[2] ?? '');
    if (startS === null || endS === null) throw new VttError(line, 'timing');
    if (endS <= startS) throw new VttError(line, 'order');
    const text = plainText(block.slice(timingAt + 1));
    if (text !== '') cues.push({ startS, endS, text });
  }
  if (cues.length === 0) throw new VttError(lines.length, 'empty');
  return cues;
}
