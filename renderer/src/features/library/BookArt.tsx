import { ART_LIGHT, ArtFrame, ArtStar } from '../../components/art';

/** The reading room's slide: an open book under a star. */
export function BookArt() {
  return (
    <ArtFrame>
      <g fill="none" stroke={ART_LIGHT} strokeWidth="5" strokeLinejoin="round" strokeLinecap="round">
        <path d="M200 110c-40-24-90-26-130-14v140c40-12 90-10 130 14 40-24 90-26 130-14V96c-40-12-90-10-130 14Z" />
        <path d="M200 110v140" />
        <path d="M95 135c28-6 56-3 80 8M95 165c28-6 56-3 80 8M225 143c24-11 52-14 80-8M225 173c24-11 52-14 80-8" />
      </g>
      <ArtStar x={200} y={62} r={26} />
    </ArtFrame>
  );
}
