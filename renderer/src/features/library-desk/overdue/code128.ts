import JsBarcode from 'jsbarcode';

export interface Bars {
  /** The width of the whole symbol, quiet zones excluded, in modules (the narrowest bar). */
  modules: number;
  bars: { x: number; width: number }[];
}

interface Encoding {
  data: string;
}

const isEncodings = (v: unknown): v is Encoding[] =>
  Array.isArray(v) &&
  v.every((e) => typeof e === 'object' && e !== null && typeof (e as Encoding).data === 'string');

/**
 * The bars of a Code 128 symbol, from jsbarcode's encoder (its object renderer: no DOM), so that the
 * label is drawn as SVG by React and nothing else writes into the page. Null when the text cannot be
 * encoded (Code 128 is ASCII only).
 */
export function code128Bars(value: string): Bars | null {
  const target: { encodings?: unknown } = {};
  let valid = true;
  JsBarcode(target, value, {
    format: 'CODE128',
    valid: (ok: boolean) => {
      valid = ok;
    },
  });
  if (!valid || !isEncodings(target.encodings)) return null;
  const data = target.encodings.map((e) => e.data).join('');
  const bars: Bars['bars'] = [];
  for (let i = 0; i < data.length; i++) {
    if (data[i] !== '1') continue;
    const last = bars.at(-1);
    if (last && last.x + last.width === i) last.width++;
    else bars.push({ x: i, width: 1 });
  }
  return { modules: data.length, bars };
}
