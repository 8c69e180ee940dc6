import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_LIMITS, type FloorPlan, type PlanModel } from '../../../../electron/shared/tour.types';
import { MediaPickButton } from '../../components/MediaPickButton';
import { useErrorText } from '../../lib/error-text';
import { Stepper } from './Stepper';

/** Scales a centre's model is likely drawn at: metres, centimetres, millimetres, inches, feet. */
const SCALES = [1, 0.01, 0.001, 0.0254, 0.3048] as const;

/**
 * The centre's own 3D model (README: "glTF import"): a .glb uploaded to the media store (checked
 * there: size, triangles, no outside files) and placed on the plan by its offset, turn and scale.
 */
export function ModelFields(props: { plan: FloorPlan; onChange: (plan: FloorPlan) => void }) {
  const { plan, onChange } = props;
  const { t } = useTranslation('tour-studio');
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const model = plan.model;
  const m = t('units.metres');
  const set = (change: Partial<PlanModel>) => model && onChange({ ...plan, model: { ...model, ...change } });
  const [x, y] = model?.offset ?? [0, 0];
  const scale = model?.scale ?? 1;

  return (
    <fieldset className="tour-studio-model">
      <legend>{t('model.legend')}</legend>
      <p>{model ? t('model.placed') : t('model.none')}</p>
      <MediaPickButton
        kinds={['model']}
        label={model ? t('model.replace') : t('model.add')}
        className="btn btn-secondary"
        onPicked={(media) => {
          setError(null);
          onChange({ ...plan, model: { ...model, media: media.id } });
        }}
        onError={(e) => setError(errorText(e))}
      />
      {error && <p className="form-error">{error}</p>}
      {model && (
        <>
          <label className="tour-studio-select">
            {t('model.scale')}
            <select value={String(scale)} onChange={(e) => set({ scale: Number(e.target.value) })}>
              {[...new Set([...SCALES, scale])].map((s) => (
                <option key={s} value={String(s)}>
                  {t(`model.scales.${String(s).replace('.', '_')}`, { defaultValue: String(s) })}
                </option>
              ))}
            </select>
          </label>
          <Stepper
            label={t('model.x')}
            value={x}
            step={0.5}
            min={-PLAN_LIMITS.size}
            max={PLAN_LIMITS.size}
            unit={m}
            onChange={(v) => set({ offset: [v, y] })}
          />
          <Stepper
            label={t('model.y')}
            value={y}
            step={0.5}
            min={-PLAN_LIMITS.size}
            max={PLAN_LIMITS.size}
            unit={m}
            onChange={(v) => set({ offset: [x, v] })}
          />
          <Stepper
            label={t('model.turn')}
            value={model.turn ?? 0}
            step={15}
            min={-360}
            max={360}
            unit="°"
            onChange={(v) => set({ turn: v })}
          />
          <p className="field-hint">{t('model.hint')}</p>
          <button
            type="button"
            className="btn btn-quiet"
            onClick={() => {
              const next = { ...plan };
              delete next.model;
              onChange(next);
            }}
          >
            {t('model.remove')}
          </button>
        </>
      )}
    </fieldset>
  );
}
