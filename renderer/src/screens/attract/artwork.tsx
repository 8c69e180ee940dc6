/**
 * The attract screen's pictures, drawn here as SVG (nothing downloaded): a rising star over the
 * centre's gate, an open book, a welcoming hand on a screen. Gold line-work on the red ground.
 */
const GOLD = 'var(--art-gold)';
const LIGHT = 'var(--art-light)';

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

function Star({ x, y, r }: { x: number; y: number; r: number }) {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.4;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(x + Math.cos(a) * radius).toFixed(1)},${(y + Math.sin(a) * radius).toFixed(1)}`;
  });
  return <polygon points={points.join(' ')} fill={GOLD} />;
}

export function GateArt() {
  return (
    <svg viewBox="0 0 400 300" className="art" aria-hidden="true" focusable="false">
      <Rays />
      <circle cx="200" cy="150" r="58" fill="none" stroke={GOLD} strokeWidth="4" />
      <Star x={200} y={150} r={40} />
      <g fill="none" stroke={LIGHT} strokeWidth="5" strokeLinejoin="round">
        <path d="M70 250h260M95 250v-62h210v62M120 188v-22h160v22M150 166l50-26 50 26" />
        <path d="M175 250v-40h50v40M115 215h30M255 215h30" />
      </g>
    </svg>
  );
}

export function BookArt() {
  return (
    <svg viewBox="0 0 400 300" className="art" aria-hidden="true" focusable="false">
      <Rays />
      <g fill="none" stroke={LIGHT} strokeWidth="5" strokeLinejoin="round" strokeLinecap="round">
        <path d="M200 110c-40-24-90-26-130-14v140c40-12 90-10 130 14 40-24 90-26 130-14V96c-40-12-90-10-130 14Z" />
        <path d="M200 110v140" />
        <path d="M95 135c28-6 56-3 80 8M95 165c28-6 56-3 80 8M225 143c24-11 52-14 80-8M225 173c24-11 52-14 80-8" />
      </g>
      <Star x={200} y={62} r={26} />
    </svg>
  );
}

export function WelcomeArt() {
  return (
    <svg viewBox="0 0 400 300" className="art" aria-hidden="true" focusable="false">
      <Rays />
      <rect x="110" y="70" width="180" height="130" rx="14" fill="none" stroke={LIGHT} strokeWidth="5" />
      <path d="M170 230h60M200 200v30" stroke={LIGHT} strokeWidth="5" strokeLinecap="round" />
      <Star x={200} y={135} r={30} />
      <g fill="none" stroke={GOLD} strokeWidth="4" opacity="0.9">
        <circle cx="200" cy="135" r="48" />
        <circle cx="200" cy="135" r="64" opacity="0.5" />
      </g>
    </svg>
  );
}
