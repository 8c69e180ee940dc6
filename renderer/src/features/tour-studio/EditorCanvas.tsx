import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FloorPlan, ItemKind, PlanPoint } from '../../../../electron/shared/tour.types';
import { centreOf, wallPieces } from '../tour/plan-geometry';
import {
  addHotspot,
  addItem,
  addOpening,
  addWall,
  hitTest,
  moveBy,
  setStart,
  snap,
  type Selection,
} from './plan-edit';

/** What a tap on the drawing does. */
export type Tool = 'select' | 'wall' | 'room' | 'item' | 'door' | 'window' | 'hotspot' | 'start';

type Floor = FloorPlan['floors'][number];

const same = (a: PlanPoint, b: PlanPoint | undefined) => b !== undefined && a[0] === b[0] && a[1] === b[1];

/** The plan point under a pointer event, in metres. */
function pointOf(e: PointerEvent<SVGSVGElement>): PlanPoint | null {
  const m = e.currentTarget.getScreenCTM()?.inverse();
  if (!m) return null;
  const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m);
  return [p.x, p.y];
}

/**
 * One floor of the plan on a grid, drawn on by touch or mouse. The select tool picks a thing and
 * drags it (one undo step for the whole drag); wall and room draw corner by corner (a room closes
 * on its first corner, or with the toolbar's button); the others place what they name.
 */
export function EditorCanvas(props: {
  plan: FloorPlan;
  floor: Floor;
  tool: Tool;
  itemKind: ItemKind;
  selection: Selection | null;
  /** The corners drawn so far of a wall or a room. */
  points: PlanPoint[];
  onPoints: (points: PlanPoint[]) => void;
  /** A room's outline closed: the section names and adds it. */
  onCloseRoom: (outline: PlanPoint[]) => void;
  onSelect: (selection: Selection | null) => void;
  onChange: (plan: FloorPlan, select?: Selection) => void;
}) {
  const { plan, floor, tool, itemKind, selection, points, onPoints, onCloseRoom, onSelect, onChange } = props;
  const { t } = useTranslation('tour-studio');
  const [w, d] = plan.size;
  const [hover, setHover] = useState<PlanPoint | null>(null);
  // A drag in progress: the plan as moved so far, drawn instead of the saved one until let go.
  const [dragged, setDragged] = useState<FloorPlan | null>(null);
  const drag = useRef<{ selection: Selection; last: PlanPoint; moved: boolean } | null>(null);
  const shown = dragged ?? plan;
  const shownFloor = shown.floors.find((f) => f.id === floor.id) ?? floor;

  const tap = (raw: PlanPoint) => {
    const p = snap(raw, plan.size);
    switch (tool) {
      case 'select': {
        const hit = hitTest(floor, raw);
        onSelect(hit);
        if (hit) drag.current = { selection: hit, last: p, moved: false };
        return;
      }
      case 'wall': {
        const last = points.at(-1);
        if (last === undefined) return onPoints([p]);
        if (same(p, last)) return onPoints([]);
        onChange(addWall(plan, floor.id, last, p));
        return onPoints([p]);
      }
      case 'room':
        if (same(p, points[0]) && points.length >= 3) return onCloseRoom(points);
        if (same(p, points.at(-1))) return;
        return onPoints([...points, p]);
      case 'item':
        return onChange(addItem(plan, floor.id, itemKind, p), { kind: 'item', index: floor.items.length });
      case 'hotspot': {
        const next = addHotspot(plan, floor.id, p);
        return onChange(next, next === plan ? undefined : { kind: 'hotspot', index: floor.hotspots.length });
      }
      case 'door':
      case 'window':
        return onChange(addOpening(plan, floor.id, raw, tool));
      case 'start':
        return onChange(setStart(plan, floor.id, p));
    }
  };

  const drawing = (tool === 'wall' || tool === 'room') && points.length > 0;
  const lastPoint = points.at(-1);
  return (
    <div className="tour-studio-canvas" style={{ aspectRatio: `${w + 1} / ${d + 1}` }}>
      <svg
        viewBox={`-0.5 -0.5 ${w + 1} ${d + 1}`}
        role="img"
        aria-label={t('canvas.label', { tool: t(`tools.${tool}`) })}
        data-tool={tool}
        onPointerDown={(e) => {
          const p = pointOf(e);
          if (!p) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          tap(p);
        }}
        onPointerMove={(e) => {
          const raw = pointOf(e);
          if (!raw) return;
          const p = snap(raw, plan.size);
          if (drawing) setHover(p);
          const g = drag.current;
          if (!g) return;
          const delta: PlanPoint = [p[0] - g.last[0], p[1] - g.last[1]];
          if (delta[0] === 0 && delta[1] === 0) return;
          setDragged((current) => moveBy(current ?? plan, floor.id, g.selection, delta));
          drag.current = { ...g, last: p, moved: true };
        }}
        onPointerUp={() => {
          if (drag.current?.moved && dragged) onChange(dragged, drag.current.selection);
          drag.current = null;
          setDragged(null);
        }}
        onPointerCancel={() => {
          drag.current = null;
          setDragged(null);
        }}
      >
        <defs>
          <pattern id="tour-studio-grid" width={1} height={1} patternUnits="userSpaceOnUse">
            <path d="M 1 0 L 0 0 0 1" className="tour-studio-grid-line" />
          </pattern>
        </defs>
        <rect className="tour-studio-base" x={0} y={0} width={w} height={d} />
        <rect x={0} y={0} width={w} height={d} fill="url(#tour-studio-grid)" />
        <FloorShapes floor={shownFloor} storey={plan.storey} selection={selection} />
        {plan.start.floor === floor.id && (
          <g className="tour-studio-start" transform={`translate(${plan.start.at[0]} ${plan.start.at[1]})`}>
            <circle r={0.5} />
          </g>
        )}
        {drawing && (
          <polyline
            className="tour-studio-drawing"
            points={[...points, ...(hover && lastPoint && !same(hover, lastPoint) ? [hover] : [])]
              .map((p) => p.join(','))
              .join(' ')}
          />
        )}
        {(tool === 'wall' || tool === 'room') &&
          points.map((p, i) => (
            <circle key={i} className="tour-studio-corner" cx={p[0]} cy={p[1]} r={i === 0 ? 0.35 : 0.25} />
          ))}
      </svg>
    </div>
  );
}

/** Rooms, furniture, walls with their openings, and hotspots, the selected one marked. */
function FloorShapes(props: { floor: Floor; storey: number; selection: Selection | null }) {
  const { floor, storey, selection } = props;
  const picked = (kind: Selection['kind'], index: number) =>
    selection?.kind === kind && selection.index === index ? ' tour-studio-selected' : '';
  const name = (text: Floor['rooms'][number]['name']) => (typeof text === 'string' ? text : text['zh-CN']);
  return (
    <>
      {floor.rooms.map((room, i) => (
        <polygon
          key={room.id}
          className={`tour-studio-room${picked('room', i)}`}
          points={room.outline.map((p) => p.join(',')).join(' ')}
        />
      ))}
      {floor.items.map((item, i) => (
        <rect
          key={i}
          className={`tour-studio-item tour-studio-${item.kind}${picked('item', i)}`}
          x={item.at[0] - item.size[0] / 2}
          y={item.at[1] - item.size[1] / 2}
          width={item.size[0]}
          height={item.size[1]}
          transform={item.turn ? `rotate(${item.turn} ${item.at[0]} ${item.at[1]})` : undefined}
        />
      ))}
      {floor.walls.map((wall, i) => (
        <g key={i} className={`tour-studio-wall${picked('wall', i)}`}>
          {wallPieces(wall, storey)
            .filter((p) => p.bottom === 0)
            .map((p, j) => (
              <line
                key={j}
                className={p.top < storey ? 'tour-studio-window' : undefined}
                x1={p.a[0]}
                y1={p.a[1]}
                x2={p.b[0]}
                y2={p.b[1]}
              />
            ))}
        </g>
      ))}
      {floor.rooms.map((room) => {
        const [x, y] = centreOf(room.outline);
        return (
          <text key={room.id} className="tour-studio-name" x={x} y={y}>
            {name(room.name)}
          </text>
        );
      })}
      {floor.hotspots.map((h, i) => (
        <g
          key={h.id}
          className={`tour-studio-spot${picked('hotspot', i)}`}
          transform={`translate(${h.at[0]} ${h.at[1]})`}
        >
          <circle r={0.55} />
          <text y={0.05}>{i + 1}</text>
        </g>
      ))}
    </>
  );
}
