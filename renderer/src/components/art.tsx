import type { ReactNode } from 'react';

/**
 * The pieces of the attract screen's pictures, drawn as SVG (nothing downloaded): gold line-work
 * on the red ground. The shell draws its own slides with them, and each area its highlights.
 */
export const ART_GOLD = 'var(--art-gold)';
export const ART_LIGHT = 'var(--art-light)';
const GOLD = ART_GOLD;

function Rays() {
  return (
    <g stroke={GOLD} strokeWidth="3" opacity="0.55">
      {Array.from({ length: 18 }, (_, i) => {
        const a = (Math.PI * (i + 0.5)) / 18;
        return (
          <line
            key={i}
            x1={200 - Math.cos(a) * 70}
            y1={150 - Math.sin(a) * 70}
            x2={200 - Math.cos(a) * 190}
            y2={150 - Math.sin(a) * 190}
          />
        );
      })}
    </g>
  );
}

export function ArtStar({ x, y, r }: { x: number; y: number; r: number }) {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.4;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(x + Math.cos(a) * radius).toFixed(1)},${(y + Math.sin(a) * radius).toFixed(1)}`;
  });
  return <polygon points={points.join(' ')} fill={GOLD} />;
}

/** A slide's picture: a 400×300 frame behind rays. */
export function ArtFrame({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="0 0 400 300" className="art" aria-hidden="true" focusable="false">
      <Rays />
      {children}
    </svg>
  );
}
