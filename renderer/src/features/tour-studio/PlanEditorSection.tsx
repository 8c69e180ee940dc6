import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  TOUR_PLAN_ID,
  TOUR_PLAN_KIND,
  type FloorPlan,
  type ItemKind,
  type PlanPoint,
} from '../../../../electron/shared/tour.types';
import { PublishingPanel } from '../../components/publishing/PublishingPanel';
import { ApiFailure, invoke } from '../../lib/api';
import { useDraft } from '../../lib/drafts';
import { useErrorText } from '../../lib/error-text';
import { queryClient } from '../../lib/queries';
import { DraftPreview } from './DraftPreview';
import { EditorCanvas, type Tool } from './EditorCanvas';
import { EditorToolbar } from './EditorToolbar';
import { FloorContents } from './FloorContents';
import { Inspector, PlanFields } from './Inspector';
import { addFloor, addRoom, emptyPlan, removeFloor, type Selection } from './plan-edit';
import { problemAt, unfinishedHotspot, type PlanProblem } from './save-problem';
import './tour-studio.css';

/** How many steps back 撤销 goes. */
const UNDO_STEPS = 50;

interface Kept {
  /** The plan as last edited here: kept across a restart until saved or discarded. */
  plan: FloorPlan | null;
  dirty: boolean;
}
const NOTHING_KEPT: Kept = { plan: null, dirty: false };

const draftQuery = { queryKey: ['tour', 'draft'], queryFn: () => invoke('tour.draft', {}) } as const;

/**
 * 导览编辑: the curators' floor-plan editor. The plan being edited is kept in this screen's draft
 * (it names nobody, so the idle reset keeps it), saved as the tour's draft in core, previewed as
 * visitors would see it, and submitted for review before it is published.
 */
export function Component() {
  const { t } = useTranslation('tour-studio');
  const errorText = useErrorText();
  const server = useQuery(draftQuery);
  const [kept, keep, discard] = useDraft<Kept>('tour.plan', NOTHING_KEPT, { keepAtReset: true });
  const [params, setParams] = useSearchParams();
  // The floor shown and the preview live in the address: a restart comes back to them.
  const floorId = params.get('floor');
  const setFloorId = (id: string | null) => setParams(id === null ? {} : { floor: id }, { replace: true });
  const [history, setHistory] = useState<FloorPlan[]>([]);
  /** The plan as saved, as it was when the first unsaved step was taken: undo back to it is clean. */
  const savedPlan = useRef<FloorPlan | null>(null);
  const [tool, setTool] = useState<Tool>('select');
  const [itemKind, setItemKind] = useState<ItemKind>('shelf');
  const [points, setPoints] = useState<PlanPoint[]>([]);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [problem, setProblem] = useState<{ text: string; at: PlanProblem | null } | null>(null);

  const empty = () => emptyPlan(t('plan.newName'), t('floors.newName', { n: 1 }));
  const plan =
    kept.dirty && kept.plan
      ? kept.plan
      : server.data
        ? server.data.plan
        : server.data === null
          ? empty()
          : null;

  const show = (p: { text: string; at: PlanProblem | null }) => {
    setProblem(p);
    if (p.at?.floorId) setFloorId(p.at.floorId);
    if (p.at?.selection) {
      setTool('select');
      setSelection(p.at.selection);
    }
  };

  const save = useMutation({
    mutationFn: (p: FloorPlan) => invoke('tour.saveDraft', { plan: p }),
    onSuccess: (status, saved) => {
      // The saved plan is the draft from now on: shown at once, not the one before it until the refetch.
      queryClient.setQueryData(draftQuery.queryKey, { plan: saved, status });
      keep({ plan: null, dirty: false });
      setProblem(null);
      void queryClient.invalidateQueries({ queryKey: ['tour'] });
    },
    onError: (error, p) => {
      const issue = error instanceof ApiFailure ? error.issues?.[0] : undefined;
      const at = issue ? problemAt(p, issue.path) : null;
      show({ text: at ? t(`problems.${at.subject}`) : errorText(error), at });
    },
  });
  const submit = useMutation({
    mutationFn: () => invoke('publishing.submit', { kind: TOUR_PLAN_KIND, contentId: TOUR_PLAN_ID }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['tour'] }),
  });

  if (server.isPending) return <p>{t('loading')}</p>;
  if (server.isError) return <p className="form-error">{errorText(server.error)}</p>;
  if (!plan) return null;
  const floor = plan.floors.find((f) => f.id === floorId) ?? plan.floors[0];
  if (!floor) return null;

  if (params.get('view') === 'preview')
    return <DraftPreview plan={plan} onBack={() => setFloorId(floorId)} />;

  /** A step of the editor: the plan before it goes on the undo list. */
  const change = (next: FloorPlan, select?: Selection | null) => {
    if (select !== undefined) setSelection(select);
    if (next === plan) return;
    if (!kept.dirty) savedPlan.current = plan;
    setHistory((h) => [...h.slice(-(UNDO_STEPS - 1)), plan]);
    keep({ plan: next, dirty: true });
    save.reset();
    submit.reset();
  };
  const trySave = () => {
    const unfinished = unfinishedHotspot(plan);
    if (unfinished) show({ text: t('problems.hotspot'), at: unfinished });
    else save.mutate(plan);
  };
  /** A room of the corners drawn, named "房间 N" to be renamed, selected so its name can be typed. */
  const closeRoom = (outline: PlanPoint[]) => {
    const name = t('room.newName', { n: floor.rooms.length + 1 });
    change(addRoom(plan, floor.id, outline, name), { kind: 'room', index: floor.rooms.length });
    setPoints([]);
    setTool('select');
  };
  const selectFromList = (s: Selection) => {
    setTool('select');
    setPoints([]);
    setSelection(s);
  };
  const pickTool = (next: Tool) => {
    setTool(next);
    setPoints([]);
    if (next !== 'select') setSelection(null);
  };
  const status = server.data?.status ?? null;
  const waiting = status?.state === 'in_review';

  return (
    <section className="tour-studio" aria-labelledby="tour-studio-title">
      <div className="section-head">
        <h1 id="tour-studio-title">{t('heading')}</h1>
        <div className="tour-studio-row">
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => setParams({ ...(floorId ? { floor: floorId } : {}), view: 'preview' })}
          >
            {t('preview.open')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!kept.dirty || save.isPending}
            onClick={trySave}
          >
            {t('save.button')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={kept.dirty || waiting || status === null || submit.isPending}
            onClick={() => submit.mutate()}
          >
            {t('submit.button')}
          </button>
        </div>
      </div>
      {kept.dirty && (
        <div className="notice tour-studio-row" role="status">
          <span>{t('save.unsaved')}</span>
          <button
            type="button"
            className="btn btn-quiet"
            onClick={() => {
              discard();
              setHistory([]);
              setSelection(null);
            }}
          >
            {t('save.discard')}
          </button>
        </div>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem.text}
        </p>
      )}
      {save.isSuccess && (
        <p className="notice notice-ok" role="status">
          {t('save.done')}
        </p>
      )}
      {submit.isSuccess && (
        <p className="notice notice-ok" role="status">
          {t('submit.done')}
        </p>
      )}
      {submit.isError && <p className="form-error">{errorText(submit.error)}</p>}
      {waiting && <p className="field-hint">{t('submit.waiting')}</p>}

      <EditorToolbar
        plan={plan}
        floorId={floor.id}
        onFloor={(id) => {
          setFloorId(id);
          setSelection(null);
          setPoints([]);
        }}
        onAddFloor={() => {
          const next = addFloor(plan, (n) => t('floors.newName', { n }));
          change(next, null);
          setFloorId(next.floors.at(-1)?.id ?? null);
        }}
        onRemoveFloor={() => {
          change(removeFloor(plan, floor.id), null);
          setFloorId(null);
        }}
        tool={tool}
        onTool={pickTool}
        itemKind={itemKind}
        onItemKind={setItemKind}
        corners={points.length}
        onCloseRoom={() => closeRoom(points)}
        onCancelDrawing={() => setPoints([])}
        canUndo={history.length > 0}
        onUndo={() => {
          const last = history.at(-1);
          if (!last) return;
          setHistory((h) => h.slice(0, -1));
          keep(last === savedPlan.current ? NOTHING_KEPT : { plan: last, dirty: true });
          setSelection(null);
        }}
      />
      <div className="tour-studio-body">
        <div className="tour-studio-work">
          <EditorCanvas
            plan={plan}
            floor={floor}
            tool={tool}
            itemKind={itemKind}
            selection={selection}
            points={points}
            onPoints={setPoints}
            onCloseRoom={closeRoom}
            onSelect={setSelection}
            onChange={change}
          />
          <FloorContents floor={floor} selection={selection} onSelect={selectFromList} />
        </div>
        <div className="tour-studio-side">
          {selection ? (
            <Inspector plan={plan} floor={floor} selection={selection} onChange={change} />
          ) : (
            <PlanFields plan={plan} floor={floor} onChange={change} />
          )}
          <PublishingPanel kind={TOUR_PLAN_KIND} contentId={TOUR_PLAN_ID} status={status} />
        </div>
      </div>
    </section>
  );
}
