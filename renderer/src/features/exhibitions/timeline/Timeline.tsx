import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { TimelineItem } from '../../../../../electron/shared/exhibitions.types';
import { ChevronLeftIcon, ChevronRightIcon } from '../../../components/icons';
import { useElementSize } from '../../../lib/use-element-size';
import { DateLabel, thumbUrl } from '../exhibit/ExhibitTile';
import { ExhibitionIcon } from '../exhibitions-icons';
import { exhibitionsPaths } from '../exhibitions-paths';
import { Shown } from '../shown-text';
import { flingStep, moveSamples, releaseVelocity, type Sample } from './momentum';
import { layoutTimeline, visibleRange } from './timeline-layout';

/** A drag longer than this is a swipe, so the card under the finger does not open at its end. */
const TAP_SLOP_PX = 8;
/** A drag keeps its last positions only: enough for the 100 ms its speed is read from. */
const MAX_SAMPLES = 32;
/** The band of years below the cards and the margin above them, in card heights (both in rem). */
const BAND = 3.2 / 7.4;
/** Where the line stood, by history entry: "back" from an exhibit returns to the same years. */
const positions = new Map<string, number>();

/**
 * The park's years as one horizontal line. Only the cards on screen and one screen either side
 * exist in the page; the line moves by a transform on one element (no layout while it moves), and
 * React renders only when the set of cards to draw changes. Swiped with momentum, moved by the
 * large buttons, jumped by decade.
 */
export function Timeline({ items }: { items: readonly TimelineItem[] }) {
  const { t } = useTranslation('exhibitions');
  const { key } = useLocation();
  const viewport = useRef<HTMLDivElement>(null);
  const track = useRef<HTMLDivElement>(null);
  const probe = useRef<HTMLDivElement>(null);
  const view = useElementSize(viewport);
  const card = useElementSize(probe);
  const lanes = card.height > 0 ? Math.max(1, Math.floor(view.height / card.height - BAND + 0.01)) : 1;
  const layout = useMemo(
    () =>
      layoutTimeline(items, {
        cardWidth: card.width,
        lanes,
        minYearWidth: card.width * 0.75,
        yearPad: card.width * 0.15,
      }),
    [items, card.width, lanes],
  );
  const maxX = Math.max(0, layout.width - view.width);
  const pos = useRef(positions.get(key) ?? 0);
  const [range, setRange] = useState({ first: 0, last: -1 });
  const fling = useRef(0);
  const drag = useRef<{
    id: number;
    startX: number;
    startPos: number;
    samples: Sample[];
    moved: boolean;
  } | null>(null);
  const suppressClick = useRef(false);

  /** Moves the line to `x` (clamped): one transform, and a render only when other cards come into reach. */
  const moveTo = useCallback(
    (x: number) => {
      // Until the line is measured there is nothing to move, and the remembered place must stay.
      if (view.width === 0 || layout.width === 0) return pos.current;
      const clamped = Math.max(0, Math.min(maxX, x));
      pos.current = clamped;
      positions.set(key, clamped);
      if (track.current) track.current.style.transform = `translate3d(${-clamped}px,0,0)`;
      const next = visibleRange(layout.placed, card.width, clamped, view.width, view.width);
      setRange((current) => (current.first === next.first && current.last === next.last ? current : next));
      return clamped;
    },
    [maxX, key, layout.placed, layout.width, card.width, view.width],
  );

  useLayoutEffect(() => {
    moveTo(pos.current);
  }, [moveTo]);
  useEffect(() => () => cancelAnimationFrame(fling.current), []);

  const animateTo = (target: number) => {
    cancelAnimationFrame(fling.current);
    const from = pos.current;
    const to = Math.max(0, Math.min(maxX, target));
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      moveTo(to);
      return;
    }
    const start = performance.now();
    const step = (now: number) => {
      const p = Math.min(1, (now - start) / 450);
      moveTo(from + (to - from) * (1 - (1 - p) ** 3));
      if (p < 1) fling.current = requestAnimationFrame(step);
    };
    fling.current = requestAnimationFrame(step);
  };

  const startFling = (velocity: number) => {
    let v = velocity;
    let last = performance.now();
    const step = (now: number) => {
      const next = flingStep(v, now - last);
      last = now;
      if (!next) return;
      v = next.velocity;
      const at = moveTo(pos.current - next.dx);
      if (at <= 0 || at >= maxX) return;
      fling.current = requestAnimationFrame(step);
    };
    fling.current = requestAnimationFrame(step);
  };

  const cells = [];
  for (let i = range.first; i <= range.last; i++) {
    const placed = layout.placed[i];
    if (!placed) continue;
    const { item } = placed;
    const src = thumbUrl(item.thumb);
    cells.push(
      <li
        key={`${item.exhibitionId}:${item.exhibitUid}`}
        className="exhibitions-timeline-cell"
        style={{ transform: `translate(${placed.x}px, ${placed.lane * card.height}px)` }}
      >
        <Link
          to={exhibitionsPaths.exhibit(item.exhibitionId, item.exhibitUid)}
          className={
            item.date.approximate
              ? 'exhibitions-timeline-card exhibitions-timeline-approx'
              : 'exhibitions-timeline-card'
          }
          draggable={false}
          onFocus={() => {
            if (placed.x < pos.current || placed.x + card.width > pos.current + view.width)
              animateTo(placed.x - view.width / 3);
          }}
        >
          <span className="exhibitions-timeline-thumb">
            {src ? (
              <img src={src} alt="" loading="lazy" decoding="async" draggable={false} />
            ) : (
              <ExhibitionIcon />
            )}
          </span>
          <span className="exhibitions-timeline-text">
            <DateLabel date={item.date} className="exhibitions-timeline-date" />
            <Shown text={item.title} className="exhibitions-timeline-title" note={false} />
          </span>
        </Link>
      </li>,
    );
  }

  return (
    <div className="exhibitions-timeline">
      <nav className="exhibitions-decades" aria-label={t('timeline.decades')}>
        {layout.decades.map(({ decade, x }) => (
          <button
            key={decade}
            type="button"
            className="btn btn-secondary btn-large"
            onClick={() => animateTo(x)}
          >
            {t('timeline.decade', { decade })}
          </button>
        ))}
      </nav>
      <div className="exhibitions-timeline-row">
        <button
          type="button"
          className="exhibitions-timeline-step"
          aria-label={t('timeline.earlier')}
          onClick={() => animateTo(pos.current - view.width * 0.8)}
        >
          <ChevronLeftIcon />
        </button>
        <div
          ref={viewport}
          className="exhibitions-timeline-viewport"
          data-testid="exhibitions-timeline"
          onPointerDown={(e) => {
            if (!e.isPrimary || (e.pointerType === 'mouse' && e.button !== 0)) return;
            cancelAnimationFrame(fling.current);
            suppressClick.current = false;
            drag.current = {
              id: e.pointerId,
              startX: e.clientX,
              startPos: pos.current,
              samples: [{ x: e.clientX, at: e.timeStamp }],
              moved: false,
            };
          }}
          onPointerMove={(e) => {
            const d = drag.current;
            if (!d || d.id !== e.pointerId) return;
            const dx = e.clientX - d.startX;
            if (!d.moved && Math.abs(dx) > TAP_SLOP_PX) {
              d.moved = true;
              e.currentTarget.setPointerCapture(e.pointerId);
            }
            if (!d.moved) return;
            d.samples.push(...moveSamples(e.nativeEvent));
            d.samples.splice(0, d.samples.length - MAX_SAMPLES);
            moveTo(d.startPos - dx);
          }}
          onPointerUp={(e) => {
            const d = drag.current;
            drag.current = null;
            if (!d || d.id !== e.pointerId || !d.moved) return;
            suppressClick.current = true;
            d.samples.push({ x: e.clientX, at: e.timeStamp });
            startFling(releaseVelocity(d.samples));
          }}
          onPointerCancel={() => {
            drag.current = null;
          }}
          onClickCapture={(e) => {
            if (suppressClick.current) {
              suppressClick.current = false;
              e.preventDefault();
              e.stopPropagation();
            }
          }}
          onWheel={(e) => {
            if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) moveTo(pos.current + e.deltaX);
          }}
        >
          <div ref={probe} className="exhibitions-timeline-probe" aria-hidden="true" />
          <div ref={track} className="exhibitions-timeline-track" style={{ width: layout.width }}>
            <ol className="exhibitions-timeline-years" aria-hidden="true">
              {layout.years.map(({ year, x }) => (
                <li
                  key={year}
                  className={
                    year % 10 === 0
                      ? 'exhibitions-timeline-year exhibitions-timeline-decade'
                      : 'exhibitions-timeline-year'
                  }
                  style={{ transform: `translateX(${x}px)` }}
                >
                  {year}
                </li>
              ))}
            </ol>
            <ol
              className="exhibitions-timeline-cells"
              aria-label={t('timeline.label', { count: items.length })}
            >
              {cells}
            </ol>
          </div>
        </div>
        <button
          type="button"
          className="exhibitions-timeline-step"
          aria-label={t('timeline.later')}
          onClick={() => animateTo(pos.current + view.width * 0.8)}
        >
          <ChevronRightIcon />
        </button>
      </div>
    </div>
  );
}
