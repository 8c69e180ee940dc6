import { useMemo } from 'react';
import { encode } from 'uqr';

/** Quiet zone around the code, in modules: phone cameras read it more surely with some margin. */
const BORDER = 2;

/**
 * A QR code drawn as React's own SVG from the module matrix (nothing is parsed as markup). Always
 * dark on white, whatever the display mode: that is what a camera reads.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: BORDER });
    const d = qr.data.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : ''))).join('');
    return { size: qr.size, path: d };
  }, [text]);
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
