import { useTranslation } from 'react-i18next';
import {
  ITEM_KINDS,
  PLAN_LIMITS,
  type FloorPlan,
  type ItemKind,
} from '../../../../electron/shared/tour.types';
import { HotspotFields } from './HotspotFields';
import { ModelFields } from './ModelFields';
import { remove, update, type Selection } from './plan-edit';
import { PlanTextFields } from './PlanTextFields';
import { Stepper } from './Stepper';

type Floor = FloorPlan['floors'][number];

const lengthOf = (w: Floor['walls'][number]) => Math.hypot(w.to[0] - w.from[0], w.to[1] - w.from[1]);

/**
 * The selected thing's own fields: a room's name, a wall's doors and windows, a piece of
 * furniture's kind, size and turn, a hotspot's link or text; and its remove button.
 */
export function Inspector(props: {
  plan: FloorPlan;
  floor: Floor;
  selection: Selection;
  onChange: (plan: FloorPlan, select?: Selection | null) => void;
}) {
  const { plan, floor, selection, onChange } = props;
  const { t } = useTranslation('tour-studio');
  const { kind, index } = selection;
  const m = t('units.metres');

  let fields;
  if (kind === 'room') {
    const room = floor.rooms[index];
    if (!room) return null;
    fields = (
      <PlanTextFields
        legend={t('room.name')}
        value={room.name}
        onChange={(name) => onChange(update(plan, floor.id, 'rooms', index, (r) => ({ ...r, name })))}
      />
    );
  } else if (kind === 'wall') {
    const wall = floor.walls[index];
    if (!wall) return null;
    const openings = wall.openings ?? [];
    const setOpenings = (next: typeof openings) =>
      onChange(
        update(plan, floor.id, 'walls', index, ({ openings: _, ...w }) =>
          next.length > 0 ? { ...w, openings: next } : w,
        ),
      );
    fields = (
      <>
        <p>{t('wall.length', { length: lengthOf(wall).toFixed(1) })}</p>
        {openings.length === 0 ? (
          <p>{t('wall.noOpenings')}</p>
        ) : (
          <ul className="tour-studio-openings">
            {openings.map((o, i) => (
              <li key={i}>
                {t(`wall.${o.kind}`, { at: o.at.toFixed(1), width: o.width })}
                <button
                  type="button"
                  className="btn btn-quiet"
                  onClick={() => setOpenings(openings.filter((_, j) => j !== i))}
                >
                  {t('wall.removeOpening')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <p className="field-hint">{t('wall.hint')}</p>
      </>
    );
  } else if (kind === 'item') {
    const item = floor.items[index];
    if (!item) return null;
    const set = (change: Partial<Floor['items'][number]>) =>
      onChange(update(plan, floor.id, 'items', index, (it) => ({ ...it, ...change })));
    fields = (
      <>
        <label className="tour-studio-select">
          {t('item.kind')}
          <select value={item.kind} onChange={(e) => set({ kind: e.target.value as ItemKind })}>
            {ITEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`items.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <Stepper
          label={t('item.width')}
          value={item.size[0]}
          step={0.5}
          min={0.5}
          max={30}
          unit={m}
          onChange={(v) => set({ size: [v, item.size[1]] })}
        />
        <Stepper
          label={t('item.depth')}
          value={item.size[1]}
          step={0.1}
          min={0.1}
          max={30}
          unit={m}
          onChange={(v) => set({ size: [item.size[0], v] })}
        />
        <Stepper
          label={t('item.turn')}
          value={item.turn ?? 0}
          step={15}
          min={-180}
          max={180}
          unit="°"
          onChange={(v) => set({ turn: v })}
        />
      </>
    );
  } else {
    const hotspot = floor.hotspots[index];
    if (!hotspot) return null;
    fields = (
      <HotspotFields
        key={hotspot.id}
        hotspot={hotspot}
        onChange={(h) => onChange(update(plan, floor.id, 'hotspots', index, () => h))}
      />
    );
  }

  return (
    <section className="tour-studio-inspector" aria-labelledby="tour-studio-inspector">
      <h2 id="tour-studio-inspector">{t(`selected.${kind}`, { n: index + 1 })}</h2>
      {fields}
      <button
        type="button"
        className="btn btn-danger"
        onClick={() => onChange(remove(plan, floor.id, selection), null)}
      >
        {t('selected.remove')}
      </button>
    </section>
  );
}

/** With nothing selected: the plan's name, its footprint and storey, and the floor's name. */
export function PlanFields(props: { plan: FloorPlan; floor: Floor; onChange: (plan: FloorPlan) => void }) {
  const { plan, floor, onChange } = props;
  const { t } = useTranslation('tour-studio');
  const m = t('units.metres');
  // The footprint never shrinks past what is drawn.
  const used = plan.floors.flatMap((f) => [
    ...f.rooms.flatMap((r) => r.outline),
    ...f.walls.flatMap((w) => [w.from, w.to]),
    ...f.hotspots.map((h) => h.at),
  ]);
  const least = (axis: 0 | 1) => Math.max(2, ...used.map((p) => Math.ceil(p[axis])));
  return (
    <section className="tour-studio-inspector" aria-labelledby="tour-studio-plan">
      <h2 id="tour-studio-plan">{t('plan.heading')}</h2>
      <PlanTextFields
        legend={t('plan.floorName')}
        value={floor.name}
        onChange={(name) =>
          onChange({ ...plan, floors: plan.floors.map((f) => (f.id === floor.id ? { ...f, name } : f)) })
        }
      />
      <PlanTextFields
        legend={t('plan.name')}
        value={plan.name}
        onChange={(name) => onChange({ ...plan, name })}
      />
      <Stepper
        label={t('plan.width')}
        value={plan.size[0]}
        step={1}
        min={least(0)}
        max={PLAN_LIMITS.size}
        unit={m}
        onChange={(v) => onChange({ ...plan, size: [v, plan.size[1]] })}
      />
      <Stepper
        label={t('plan.depth')}
        value={plan.size[1]}
        step={1}
        min={least(1)}
        max={PLAN_LIMITS.size}
        unit={m}
        onChange={(v) => onChange({ ...plan, size: [plan.size[0], v] })}
      />
      <Stepper
        label={t('plan.storey')}
        value={plan.storey}
        step={0.1}
        min={2}
        max={10}
        unit={m}
        onChange={(v) => onChange({ ...plan, storey: v })}
      />
      <ModelFields plan={plan} onChange={onChange} />
      <p className="field-hint">{t('plan.hint')}</p>
    </section>
  );
}
