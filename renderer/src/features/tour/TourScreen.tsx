import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { PlanPoint, ShownPlan } from '../../../../electron/shared/tour.types';
import { Segmented } from '../../components/Segmented';
import { useIdleHold } from '../../idle/idle-hold';
import { invoke, onKioskEvent } from '../../lib/api';
import { useErrorText } from '../../lib/error-text';
import { webglSupport } from '../../lib/graphics';
import { queryClient } from '../../lib/queries';
import { pickText } from '../../lib/shown-text';
import { GuidedBar, type Guided } from './GuidedBar';
import { MiniMap, PlanView } from './PlanView';
import { viewpointOf } from './plan-geometry';
import type { TourCanvasHandle } from './scene/TourCanvas';
import type { Measured } from './scene/tour-view';
import { QUALITIES, type Quality } from './scene/quality';
import { SpotList } from './SpotList';
import { SpotPanel } from './SpotPanel';
import { MoveControls } from './MoveControls';
import { planLinks, tourSpots, type TourSpot } from './tour-spots';
import './tour.css';

// three.js and everything that draws in 3D load with this chunk only, when the 3D view opens.
const TourCanvas = lazy(() => import('./scene/TourCanvas'));

type Mode = '3d' | '2d';
/** `?quality=high|medium|low`: where the 3D self-test starts (to compare on a kiosk, and for the bench). */
const QUALITY_NAMES = Object.keys(QUALITIES) as Quality[];
type Fallback = 'nowebgl' | 'slow' | 'lost' | 'model';
/** How long the guided tour stays at a stop before walking on. */
const STOP_MS = 9000;
/** How often rooms' states are read again while nothing is pushed (a booking begins or ends). */
const STATE_REFRESH_MS = 60_000;

const planQuery = { queryKey: ['tour', 'plan'], queryFn: () => invoke('tour.plan', {}) } as const;

/** 3D 导览: loads the published plan, then the tour itself. */
export function TourScreen() {
  const { t } = useTranslation('tour');
  const errorText = useErrorText();
  const plan = useQuery(planQuery);
  const [params] = useSearchParams();
  const start = QUALITY_NAMES.find((q) => q === params.get('quality'));
  return (
    <div className="tour">
      {plan.isPending && <p className="tour-status">{t('screen.loading')}</p>}
      {plan.isError && <p className="form-error">{errorText(plan.error)}</p>}
      {plan.data === null && (
        <>
          <h1>{t('screen.title')}</h1>
          <p className="tour-status">{t('screen.none')}</p>
        </>
      )}
      {plan.data && (
        <Tour
          key={`${plan.data.version}/${start}`}
          plan={plan.data.plan}
          slowMs={plan.data.slowFrameMs}
          start={start}
        />
      )}
    </div>
  );
}

/** The hotspots with their links' titles and rooms' states, read again on any change and each minute. */
function useSpots(plan: ShownPlan): TourSpot[] {
  const targets = useMemo(() => planLinks(plan), [plan]);
  const links = useQuery({
    queryKey: ['tour', 'links', targets],
    queryFn: () => invoke('links.resolve', { targets }),
    enabled: targets.length > 0,
    refetchInterval: STATE_REFRESH_MS,
  });
  // A booking, a shelf or an exhibition changed in another area: its title or state may have too.
  useEffect(
    () =>
      onKioskEvent('data.changed', () => void queryClient.invalidateQueries({ queryKey: ['tour', 'links'] })),
    [],
  );
  return useMemo(() => tourSpots(plan, targets.length > 0 ? links.data : []), [plan, targets, links.data]);
}

/** The tour of one plan: the 3D view or the 2D plan, the hotspots, the guided tour (also the editor's preview). */
export function Tour(props: { plan: ShownPlan; slowMs: number; start: Quality | undefined }) {
  const { plan, slowMs, start } = props;
  const { t, i18n } = useTranslation('tour');
  const spots = useSpots(plan);
  const support = useMemo(() => webglSupport(), []);
  const [mode, setMode] = useState<Mode>(support.webgl ? '3d' : '2d');
  const [fallback, setFallback] = useState<Fallback | null>(support.webgl ? null : 'nowebgl');
  const [floorId, setFloorId] = useState(plan.start.floor);
  const [open, setOpen] = useState<string | null>(null);
  const [guided, setGuided] = useState<Guided | null>(null);
  const [probes, setProbes] = useState<Measured[]>([]);
  /** The centre's own model, for plans with one: drawn, or given up for the plan (`data-model`). */
  const [model, setModel] = useState<'loaded' | 'failed' | undefined>();
  const measured = probes.at(-1);
  const view = useRef<TourCanvasHandle>(null);
  const here = useRef<SVGGElement>(null);
  const floor = plan.floors.find((f) => f.id === floorId) ?? plan.floors[0];
  const stop = guided ? plan.tour[guided.index] : undefined;
  useIdleHold(guided?.playing ?? false);

  /** The guided tour at `next`: its stop's floor, and in 3D the walk there (null: the tour ends). */
  const guide = useCallback(
    (next: Guided | null) => {
      setGuided(next);
      const s = next ? plan.tour[next.index] : undefined;
      if (!s) return;
      setFloorId(s.floor);
      view.current?.goTo(s.floor, s.at, s.look);
    },
    [plan],
  );

  // The guided tour walks on by itself, and stops playing at its last stop.
  useEffect(() => {
    if (!guided?.playing) return;
    const last = guided.index >= plan.tour.length - 1;
    const timer = setTimeout(
      () => guide(last ? { ...guided, playing: false } : { index: guided.index + 1, playing: true }),
      STOP_MS,
    );
    return () => clearTimeout(timer);
  }, [guided, guide, plan.tour.length]);

  const goToSpot = (spot: TourSpot) => {
    setFloorId(spot.floor);
    const rooms = plan.floors.find((f) => f.id === spot.floor)?.rooms ?? [];
    view.current?.goTo(spot.floor, viewpointOf(spot.at, rooms, plan.size), spot.at);
  };
  const openSpot = (spot: TourSpot) => {
    goToSpot(spot);
    setOpen(spot.id);
  };
  const changeFloor = (id: string) => {
    setFloorId(id);
    const s = id === plan.start.floor ? plan.start : plan.tour.find((x) => x.floor === id);
    if (s) view.current?.goTo(id, s.at, s.look);
  };
  const pause = () => setGuided((g) => (g?.playing ? { ...g, playing: false } : g));
  const switchTo2d = (reason: Fallback) => {
    if (reason === 'model') setModel('failed');
    setFallback(reason);
    setMode('2d');
  };
  const openSpotById = (id: string) => {
    const spot = spots.find((s) => s.id === id);
    if (spot) openSpot(spot);
  };
  const current = stop?.hotspot ?? null;
  const floorName = (f: ShownPlan['floors'][number]) => pickText(f.name, i18n.language).text;

  return (
    <div
      className={`tour-layout tour-mode-${mode}`}
      onPointerDownCapture={(e) => {
        if (!(e.target instanceof Element) || !e.target.closest('[data-guided-bar]')) pause();
      }}
    >
      <header className="tour-header">
        <h1 lang={pickText(plan.name, i18n.language).fallback ? 'zh-CN' : undefined}>
          {t('screen.title')} · {pickText(plan.name, i18n.language).text}
        </h1>
        <div className="tour-header-actions">
          <Segmented<Mode>
            large
            label={t('mode.label')}
            options={[
              ...(fallback === null ? [{ value: '3d' as const, label: t('mode.threeD') }] : []),
              { value: '2d', label: t('mode.plan') },
            ]}
            value={mode}
            onChange={setMode}
          />
          {plan.tour.length > 0 && !guided && (
            <button
              type="button"
              className="btn btn-primary btn-large"
              onClick={() => guide({ index: 0, playing: true })}
            >
              {t('guided.start')}
            </button>
          )}
        </div>
      </header>
      {fallback && (
        <p className="tour-fallback" role="status">
          {t(`fallback.${fallback}`)}
        </p>
      )}

      <div className="tour-main">
        <section
          className="tour-stage"
          aria-label={
            floor ? t(mode === '3d' ? 'stage.threeD' : 'stage.plan', { floor: floorName(floor) }) : undefined
          }
          data-quality={measured?.quality}
          data-self-test={measured?.done ? 'done' : undefined}
          data-p50={measured?.p50}
          data-p95={measured?.p95}
          data-build-ms={measured?.buildMs.toFixed(1)}
          data-probes={JSON.stringify(probes.map(({ quality, p50, p95 }) => ({ quality, p50, p95 })))}
          data-geometries={measured?.geometries}
          data-textures={measured?.textures}
          data-model={plan.model ? (model ?? 'loading') : undefined}
        >
          {mode === '3d' && floor && (
            <Suspense fallback={<p className="tour-status">{t('screen.loading')}</p>}>
              <TourCanvas
                ref={view}
                plan={plan}
                floor={floor.id}
                spots={spots}
                current={current}
                covered={open !== null}
                onOpen={openSpot}
                software={support.software}
                slowMs={slowMs}
                start={start}
                events={{
                  onMoved: (f, at, heading) => {
                    here.current?.setAttribute(
                      'transform',
                      `translate(${at[0]} ${at[1]}) rotate(${heading})`,
                    );
                    if (f !== floorId) setFloorId(f);
                  },
                  onMeasured: (m) => setProbes((list) => [...list, m]),
                  onFallback: switchTo2d,
                  onModel: () => setModel('loaded'),
                  onInteract: pause,
                }}
              />
              {plan.model && model === undefined && (
                <p className="tour-status tour-model-loading" role="status">
                  {t('screen.loadingModel')}
                </p>
              )}
              <MoveControls
                onForward={(m) => view.current?.forward(m)}
                onTurn={(deg) => view.current?.turn(deg)}
                onStart={() => changeFloor(plan.start.floor)}
              />
            </Suspense>
          )}
          {mode === '2d' && floor && (
            <PlanView plan={plan} floor={floor} spots={spots} current={current} onOpen={openSpot} />
          )}
          {guided && <GuidedBar stops={plan.tour} guided={guided} onChange={guide} onOpen={openSpotById} />}
        </section>

        <aside className="tour-side">
          {plan.floors.length > 1 && (
            <Segmented<string>
              large
              label={t('floors.label')}
              options={plan.floors.map((f) => ({ value: f.id, label: floorName(f) }))}
              value={floorId}
              onChange={changeFloor}
            />
          )}
          {mode === '3d' && floor && (
            <MiniMap
              plan={plan}
              floor={floor}
              spots={spots}
              hereRef={here}
              onGo={(at: PlanPoint) => view.current?.goTo(floor.id, at, [at[0], at[1] - 1])}
            />
          )}
          <SpotList plan={plan} spots={spots} current={current} onOpen={openSpot} />
        </aside>
      </div>
      {open && spots.find((s) => s.id === open) && (
        <SpotPanel spot={spots.find((s) => s.id === open) as TourSpot} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}
