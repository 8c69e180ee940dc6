import JsBarcode from 'jsbarcode';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { code128Bars } from './code128';

/** The symbol as a 0/1 string again, from the bars. */
function modules(value: string): string {
  const symbol = code128Bars(value);
  if (!symbol) throw new Error('not encodable');
  const out = Array.from({ length: symbol.modules }, () => '0');
  for (const b of symbol.bars) for (let i = b.x; i < b.x + b.width; i++) out[i] = '1';
  return out.join('');
}

describe('Code 128 labels', () => {
  it('draws a symbol that starts with a start code and ends with the stop pattern', () => {
    const bits = modules('HY000123');
    expect(bits.slice(0, 11)).toMatch(/^110100(10000|11100)|^11010000100/);
    expect(bits.endsWith('1100011101011')).toBe(true);
  });

  it('draws exactly the modules jsbarcode encodes, for any barcode the catalogue accepts', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z0-9][A-Z0-9._-]{0,31}$/), (code) => {
        const target: { encodings?: { data: string }[] } = {};
        JsBarcode(target, code, { format: 'CODE128' });
        expect(modules(code)).toBe(target.encodings?.map((e) => e.data).join(''));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses what Code 128 cannot encode instead of drawing something wrong', () => {
    expect(code128Bars('书架一')).toBeNull();
  });
});
