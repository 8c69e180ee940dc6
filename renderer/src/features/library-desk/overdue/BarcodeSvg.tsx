import { useMemo } from 'react';
import { code128Bars } from './code128';

const QUIET = 10;

/** A Code 128 barcode as SVG, scaled to its box; the text under it is drawn by the label. */
export function BarcodeSvg({ value, label }: { value: string; label: string }) {
  const symbol = useMemo(() => code128Bars(value), [value]);
  if (!symbol) return null;
  const width = symbol.modules + QUIET * 2;
  return (
    <svg
      className="library-barcode"
      viewBox={`0 0 ${width} 40`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect x="0" y="0" width={width} height="40" fill="#fff" />
      {symbol.bars.map((b) => (
        <rect key={b.x} x={b.x + QUIET} y="0" width={b.width} height="40" fill="#000" />
      ))}
    </svg>
  );
}
