import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../../electron/shared';
import { Choice } from '../../../components/Choice';
import { TextField } from '../../../components/keyboard/TextField';
import { AREAS, areaKey, type AreaModule, type AreaSetting } from '../../../features/registry';
import { invoke } from '../../../lib/api';
import { useDraft } from '../../../lib/drafts';
import { useErrorText, useFieldErrors } from '../../../lib/error-text';
import { keys } from '../../../lib/queries';

type Values = Record<string, unknown>;

const textOf = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const NO_CHANGES: Values = {};

/** Each area's own section of 系统设置, with the settings it declares. */
export function AreaSettings({
  settings,
  settingsKey,
}: {
  settings: Settings;
  settingsKey: readonly string[];
}) {
  return (
    <>
      {AREAS.filter((a) => (a.settings ?? []).length > 0).map((area) => (
        <AreaSettingsForm key={area.id} area={area} settings={settings} settingsKey={settingsKey} />
      ))}
    </>
  );
}

function AreaSettingsForm(props: { area: AreaModule; settings: Settings; settingsKey: readonly string[] }) {
  const { area, settings, settingsKey } = props;
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const [changes, change, discard] = useDraft(`staff.settings.${area.id}`, NO_CHANGES);
  const stored = settings as unknown as Values;
  const valueOf = (key: string) => (key in changes ? changes[key] : stored[key]);
  const label = (key: string) => t(areaKey(area.namespace, key), { defaultValue: key });

  const save = useMutation({
    // Numbers are typed as text on the keyboard; the core checks their range.
    mutationFn: () =>
      invoke(
        'settings.update',
        Object.fromEntries(
          (area.settings ?? [])
            .filter((s) => s.key in changes)
            .map((s) => [s.key, s.kind === 'number' ? Number(changes[s.key]) : changes[s.key]]),
        ),
      ),
    onSuccess: (next) => {
      discard();
      queryClient.setQueryData(settingsKey, next);
      void queryClient.invalidateQueries({ queryKey: keys.info });
    },
  });
  const refused = save.isError ? fieldErrors(save.error) : {};
  const general = save.isError && Object.keys(refused).length === 0 ? errorText(save.error) : null;
  const dirty = Object.keys(changes).length > 0;
  const titleId = `settings-${area.id}`;

  const field = (s: AreaSetting) =>
    s.kind === 'choices' ? (
      <ChoicesField
        key={s.key}
        setting={s}
        label={label}
        value={valueOf(s.key)}
        onChange={(v) => change({ [s.key]: v })}
        error={refused[s.key]}
      />
    ) : s.kind === 'toggle' ? (
      <fieldset key={s.key} className="choices">
        <legend className="visually-hidden">{label(s.labelKey)}</legend>
        <Choice checked={valueOf(s.key) === true} onChange={(on) => change({ [s.key]: on })}>
          {label(s.labelKey)}
        </Choice>
        {s.hintKey && <p className="field-hint">{label(s.hintKey)}</p>}
      </fieldset>
    ) : (
      <TextField
        key={s.key}
        label={label(s.labelKey)}
        {...(s.hintKey ? { hint: label(s.hintKey) } : {})}
        value={textOf(valueOf(s.key))}
        onChange={(v) => change({ [s.key]: v })}
        maxLength={s.maxLength}
        kind={s.kind === 'number' ? 'digits' : 'words'}
        error={refused[s.key]}
      />
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (dirty) save.mutate();
  };

  return (
    <form className="form area-settings" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h2 id={titleId}>{t(areaKey(area.namespace, area.tile.titleKey), { defaultValue: area.id })}</h2>
      {(area.settings ?? []).map(field)}
      {general && (
        <p className="form-error" role="alert">
          {general}
        </p>
      )}
      {save.isSuccess && !dirty && (
        <p className="notice notice-ok" role="status">
          {t('settings.saved')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={!dirty || save.isPending}>
          {t('settings.areaSave')}
        </button>
        {dirty && (
          <button type="button" className="btn btn-secondary" onClick={() => discard()}>
            {t('settings.discard')}
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * Ticks among the area's content. The stored list keeps its ids in the order of the choices; an
 * id that is not among them now (an exhibition archived since) stays until someone unticks it.
 */
function ChoicesField(props: {
  setting: Extract<AreaSetting, { kind: 'choices' }>;
  label: (key: string) => string;
  value: unknown;
  onChange: (value: number[]) => void;
  error: string | undefined;
}) {
  const { setting, label, value, onChange, error } = props;
  const { t, i18n } = useTranslation('staff');
  const choices = useQuery({
    queryKey: [...setting.choices.queryKey, i18n.language],
    queryFn: () => setting.choices.load(i18n.language),
  });
  const ticked = Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
  const toggle = (id: number, on: boolean) => {
    const order = choices.data?.map((c) => c.value) ?? [];
    const next = on ? [...ticked, id] : ticked.filter((v) => v !== id);
    const rank = (v: number) => (order.includes(v) ? order.indexOf(v) : order.length);
    onChange([...new Set(next)].sort((a, b) => rank(a) - rank(b)));
  };
  const errorId = `${setting.key}-error`;
  return (
    <fieldset className="choices" aria-describedby={error ? errorId : undefined}>
      <legend>{label(setting.labelKey)}</legend>
      {setting.hintKey && <p className="field-hint">{label(setting.hintKey)}</p>}
      {choices.data?.map((c) => (
        <Choice key={c.value} checked={ticked.includes(c.value)} onChange={(on) => toggle(c.value, on)}>
          {c.label}
        </Choice>
      ))}
      {choices.data?.length === 0 && <p className="field-hint">{t('settings.noChoices')}</p>}
      {!choices.data && <p role="status">{t('loading')}</p>}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
