/** The shell's own slides: a rising star over the centre's gate, a welcoming hand on a screen. */
import { ART_GOLD, ART_LIGHT, ArtFrame, ArtStar } from '../../components/art';

export function GateArt() {
  return (
    <ArtFrame>
      <circle cx="200" cy="150" r="58" fill="none" stroke={ART_GOLD} strokeWidth="4" />
      <ArtStar x={200} y={150} r={40} />
      <g fill="none" stroke={ART_LIGHT} strokeWidth="5" strokeLinejoin="round">
        <path d="M70 250h260M95 250v-62h210v62M120 188v-22h160v22M150 166l50-26 50 26" />
        <path d="M175 250v-40h50v40M115 215h30M255 215h30" />
      </g>
    </ArtFrame>
  );
}

export function WelcomeArt() {
  return (
    <ArtFrame>
      <rect x="110" y="70" width="180" height="130" rx="14" fill="none" stroke={ART_LIGHT} strokeWidth="5" />
      <path d="M170 230h60M200 200v30" stroke={ART_LIGHT} strokeWidth="5" strokeLinecap="round" />
      <ArtStar x={200} y={135} r={30} />
      <g fill="none" stroke={ART_GOLD} strokeWidth="4" opacity="0.9">
        <circle cx="200" cy="135" r="48" />
        <circle cx="200" cy="135" r="64" opacity="0.5" />
      </g>
    </ArtFrame>
  );
}
