import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanPoint, ShownPlan } from '../../../../../electron/shared/tour.types';
import { pickText } from '../../../lib/shown-text';
import { Pin } from '../Pin';
import { centreOf } from '../plan-geometry';
import type { TourSpot } from '../tour-spots';
import type { Quality } from './quality';
import { TourView, type TourViewEvents } from './tour-view';

/** What the tour screen asks of the 3D view. */
export interface TourCanvasHandle {
  goTo(floor: string, at: PlanPoint, look: PlanPoint): void;
  forward(metres: number): void;
  turn(degrees: number): void;
}

/** Heights above the floor of a hotspot's button and of a room's name, metres. */
const PIN_HEIGHT = 1.4;
const NAME_HEIGHT = 2.8;

/**
 * The 3D view (three.js, loaded only with this module) with the hotspots' buttons and the rooms'
 * names kept over their places. Unmounting frees the renderer, its context and every floor.
 */
export default function TourCanvas(props: {
  plan: ShownPlan;
  floor: string;
  spots: readonly TourSpot[];
  current: string | null;
  /** A panel covers the view: it draws nothing meanwhile. */
  covered: boolean;
  onOpen: (spot: TourSpot) => void;
  events: TourViewEvents;
  /** The processor draws (SwiftShader, llvmpipe): start at a lower quality. */
  software: boolean;
  /** The self-test's limit (`tour.slowFrameMs`). */
  slowMs: number;
  start?: Quality;
  ref?: Ref<TourCanvasHandle>;
}) {
  const { plan, floor, spots, current, covered, onOpen, events, software, slowMs, start, ref } = props;
  const { i18n } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const pins = useRef<HTMLDivElement>(null);
  const latest = useRef(events);
  const [view, setView] = useState<TourView | null>(null);

  useEffect(() => {
    latest.current = events;
  });

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    let v: TourView;
    try {
      v = new TourView(
        el,
        plan,
        {
          onMoved: (...a) => latest.current.onMoved(...a),
          onMeasured: (s) => latest.current.onMeasured(s),
          onFallback: (r) => latest.current.onFallback(r),
          onModel: () => latest.current.onModel?.(),
          onInteract: () => latest.current.onInteract(),
        },
        software,
        slowMs,
        start,
      );
    } catch {
      // No context could be made after all (the GPU process gave up): the plan instead.
      latest.current.onFallback('lost');
      return;
    }
    setView(v);
    const resized = new ResizeObserver(() => v.resize());
    resized.observe(el);
    return () => {
      resized.disconnect();
      v.dispose();
      setView(null);
    };
  }, [plan, software, slowMs, start]);

  useImperativeHandle(
    ref,
    () => ({
      goTo: (f, at, look) => view?.goTo(f, at, look),
      forward: (m) => view?.forward(m),
      turn: (deg) => view?.turn(deg),
    }),
    [view],
  );

  useEffect(() => {
    if (view && view.currentFloor !== floor) view.showFloor(floor);
  }, [view, floor]);

  useEffect(() => view?.setCovered(covered), [view, covered]);

  // Pin the buttons and names again whenever they are drawn anew (states change, language changes).
  useLayoutEffect(() => {
    if (!view || !pins.current) return;
    const placed = [...pins.current.querySelectorAll<HTMLElement>('[data-floor]')].map((element) => ({
      element,
      floor: element.dataset.floor ?? '',
      at: [Number(element.dataset.x), Number(element.dataset.y)] as PlanPoint,
      height: Number(element.dataset.h),
    }));
    view.pin(placed);
  });

  return (
    <div className="tour-canvas">
      <canvas ref={canvas} aria-hidden="true" />
      <div ref={pins} className="tour-pins">
        {plan.floors.flatMap((f) =>
          f.rooms.map((room) => {
            const [x, y] = centreOf(room.outline);
            const name = pickText(room.name, i18n.language);
            return (
              <span
                key={`${f.id}/${room.id}`}
                className="tour-room-name"
                aria-hidden="true"
                hidden
                data-floor={f.id}
                data-x={x}
                data-y={y}
                data-h={NAME_HEIGHT}
                lang={name.fallback ? name.lang : undefined}
              >
                {name.text}
              </span>
            );
          }),
        )}
        {spots.map((s) => (
          <span
            key={s.id}
            className="tour-pin-anchor"
            hidden
            data-floor={s.floor}
            data-x={s.at[0]}
            data-y={s.at[1]}
            data-h={PIN_HEIGHT}
          >
            <Pin spot={s} onOpen={onOpen} current={s.id === current} variant="marker" />
          </span>
        ))}
      </div>
    </div>
  );
}
