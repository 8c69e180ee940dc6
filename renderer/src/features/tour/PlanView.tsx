import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanPoint, ShownFloor, ShownPlan } from '../../../../electron/shared/tour.types';
import { pickText } from '../../lib/shown-text';
import { Pin } from './Pin';
import { centreOf, inside, wallPieces } from './plan-geometry';
import { toneOf, type SpotTone, type TourSpot } from './tour-spots';

/** The tone of a room on the plan: that of the room hotspot inside it (its booking state), if any. */
function roomTone(outline: readonly PlanPoint[], spots: readonly TourSpot[]): SpotTone | 'plain' {
  const spot = spots.find((s) => s.kind === 'room' && inside(s.at, outline));
  return spot ? toneOf(spot) : 'plain';
}

/** The floor drawn from above: rooms (coloured by their state now), walls with their openings, furniture. */
function FloorDrawing({
  floor,
  plan,
  spots,
}: {
  floor: ShownFloor;
  plan: ShownPlan;
  spots: readonly TourSpot[];
}) {
  const { i18n } = useTranslation();
  const onFloor = spots.filter((s) => s.floor === floor.id);
  return (
    <>
      <rect className="tour-plan-base" x={0} y={0} width={plan.size[0]} height={plan.size[1]} />
      {floor.rooms.map((room) => (
        <polygon
          key={room.id}
          className={`tour-plan-room tour-tone-${roomTone(room.outline, onFloor)}`}
          points={room.outline.map((p) => p.join(',')).join(' ')}
        />
      ))}
      {floor.items.map((item, i) => (
        <rect
          key={i}
          className={`tour-plan-item tour-plan-${item.kind}`}
          x={item.at[0] - item.size[0] / 2}
          y={item.at[1] - item.size[1] / 2}
          width={item.size[0]}
          height={item.size[1]}
          transform={item.turn ? `rotate(${item.turn} ${item.at[0]} ${item.at[1]})` : undefined}
        />
      ))}
      {floor.walls.flatMap((wall, i) =>
        wallPieces(wall, plan.storey)
          .filter((p) => p.bottom === 0)
          .map((p, j) => (
            <line
              key={`${i}-${j}`}
              className={p.top < plan.storey ? 'tour-plan-window' : 'tour-plan-wall'}
              x1={p.a[0]}
              y1={p.a[1]}
              x2={p.b[0]}
              y2={p.b[1]}
            />
          )),
      )}
      {floor.rooms.map((room) => {
        const [x, y] = centreOf(room.outline);
        const name = pickText(room.name, i18n.language);
        return (
          <text
            key={room.id}
            className="tour-plan-name"
            x={x}
            y={y - 1.2}
            lang={name.fallback ? name.lang : undefined}
          >
            {name.text}
          </text>
        );
      })}
    </>
  );
}

/**
 * The 2D floor plan, for a screen without 3D (or a visitor who prefers it): the floor from above
 * with every hotspot as the same button the 3D view shows, where it stands.
 */
export function PlanView(props: {
  plan: ShownPlan;
  floor: ShownFloor;
  spots: readonly TourSpot[];
  current: string | null;
  onOpen: (spot: TourSpot) => void;
}) {
  const { plan, floor, spots, current, onOpen } = props;
  const { t, i18n } = useTranslation('tour');
  const [w, d] = plan.size;
  return (
    <figure
      className="tour-plan"
      aria-label={t('plan.label', { floor: pickText(floor.name, i18n.language).text })}
    >
      <div className="tour-plan-frame" style={{ aspectRatio: `${w} / ${d}` }}>
        <svg viewBox={`-0.5 -0.5 ${w + 1} ${d + 1}`} aria-hidden="true" focusable="false">
          <FloorDrawing floor={floor} plan={plan} spots={spots} />
        </svg>
        {spots
          .filter((s) => s.floor === floor.id)
          .map((s) => (
            <Pin
              key={s.id}
              spot={s}
              onOpen={onOpen}
              current={s.id === current}
              variant="marker"
              style={{
                left: `${((s.at[0] + 0.5) / (w + 1)) * 100}%`,
                top: `${((s.at[1] + 0.5) / (d + 1)) * 100}%`,
              }}
            />
          ))}
      </div>
      <Legend />
    </figure>
  );
}

function Legend() {
  const { t } = useTranslation('tour');
  return (
    <figcaption className="tour-legend">
      <span className="visually-hidden">{t('plan.legend')}</span>
      {(['free', 'busy', 'closed'] as const).map((tone) => (
        <span key={tone} className={`tour-legend-item tour-tone-${tone}`}>
          <span className="tour-pin-dot" aria-hidden="true" />
          {t(`state.${tone}`)}
        </span>
      ))}
    </figcaption>
  );
}

/**
 * The minimap beside the 3D view: the floor from above and where the visitor stands; a tap on it
 * walks there. `hereRef` is moved by the 3D view itself, frame by frame, without React.
 */
export function MiniMap(props: {
  plan: ShownPlan;
  floor: ShownFloor;
  spots: readonly TourSpot[];
  hereRef: Ref<SVGGElement>;
  onGo: (at: PlanPoint) => void;
}) {
  const { plan, floor, spots, hereRef, onGo } = props;
  const { t, i18n } = useTranslation('tour');
  const [w, d] = plan.size;
  return (
    <button
      type="button"
      className="tour-minimap"
      aria-label={t('minimap.label', { floor: pickText(floor.name, i18n.language).text })}
      onClick={(e) => {
        const svg = e.currentTarget.querySelector('svg');
        const m = svg?.getScreenCTM()?.inverse();
        if (!svg || !m) return;
        const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m);
        onGo([Math.min(Math.max(p.x, 0.5), w - 0.5), Math.min(Math.max(p.y, 0.5), d - 0.5)]);
      }}
    >
      <svg viewBox={`-0.5 -0.5 ${w + 1} ${d + 1}`} aria-hidden="true" focusable="false">
        <FloorDrawing floor={floor} plan={plan} spots={spots} />
        <g ref={hereRef} className="tour-here">
          <circle r={0.9} />
          <path d="M0 -2.6 L1 -1 L-1 -1 Z" />
        </g>
      </svg>
    </button>
  );
}
