import { ART_GOLD, ART_LIGHT, ArtFrame, ArtStar } from '../../components/art';

/** The exhibitions' slide: a framed picture of the park under a star, on a line of years. */
export function ExhibitionArt() {
  return (
    <ArtFrame>
      <g fill="none" stroke={ART_LIGHT} strokeWidth="5" strokeLinejoin="round" strokeLinecap="round">
        <rect x="90" y="92" width="220" height="150" rx="8" />
        <path d="M112 220l52-60 38 38 28-26 58 48" />
        <path d="M70 282h260" />
        <path d="M110 282v-14M170 282v-14M230 282v-14M290 282v-14" />
      </g>
      <circle cx="262" cy="130" r="14" fill={ART_GOLD} />
      <ArtStar x={200} y={56} r={24} />
    </ArtFrame>
  );
}
