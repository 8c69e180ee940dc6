import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Settings } from '../../../../../electron/shared';
import { LANGUAGES } from '../../../../../electron/shared/languages';
import { Choice } from '../../../components/Choice';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { useDraft } from '../../../lib/drafts';
import { useErrorText, useFieldErrors, useRequired } from '../../../lib/error-text';
import { keys } from '../../../lib/queries';
import { AreaSettings } from './AreaSettings';
import { formOf, patchOf, type SettingsForm } from './settings-form';

const SETTINGS_KEY = ['kiosk', 'settings'] as const;
const NO_CHANGES: Partial<SettingsForm> = {};

export function SettingsSection() {
  const { t } = useTranslation('staff');
  const errorText = useErrorText();
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: () => invoke('settings.get', {}) });
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('sections.settings')}</h1>
      {settings.data ? (
        <>
          <SettingsEditor settings={settings.data} />
          <AreaSettings settings={settings.data} settingsKey={SETTINGS_KEY} />
        </>
      ) : settings.isError ? (
        <p className="form-error" role="alert">
          {errorText(settings.error)}
        </p>
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </section>
  );
}

function SettingsEditor({ settings }: { settings: Settings }) {
  const { t } = useTranslation('staff');
  const { t: common } = useTranslation();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const required = useRequired();
  const [changes, change, discard] = useDraft('staff.settings', NO_CHANGES);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const form: SettingsForm = { ...formOf(settings), ...changes };

  const save = useMutation({
    mutationFn: (patch: Partial<SettingsForm>) => invoke('settings.update', patchOf(patch)),
    onSuccess: (next) => {
      discard();
      queryClient.setQueryData(SETTINGS_KEY, next);
      void queryClient.invalidateQueries({ queryKey: keys.info });
    },
  });
  const refused = save.isError ? fieldErrors(save.error) : {};
  const errorOf = (key: keyof SettingsForm) => missing[key] ?? refused[key];
  const general = save.isError && Object.keys(refused).length === 0 ? errorText(save.error) : null;
  const dirty = Object.keys(changes).length > 0;

  const toggleLanguage = (language: Language, on: boolean) => {
    const enabled = LANGUAGES.filter((l) => (l === language ? on : form['i18n.languages'].includes(l)));
    const fallback = enabled.includes(form['i18n.defaultLanguage'])
      ? {}
      : enabled[0]
        ? { 'i18n.defaultLanguage': enabled[0] }
        : {};
    change({ 'i18n.languages': enabled, ...fallback });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const empty = required({
      'centre.name': form['centre.name'],
      'kiosk.idleSeconds': form['kiosk.idleSeconds'],
      'kiosk.countdownSeconds': form['kiosk.countdownSeconds'],
      'media.maxImageMB': form['media.maxImageMB'],
      'media.maxVideoMB': form['media.maxVideoMB'],
    });
    setMissing(empty);
    if (Object.keys(empty).length === 0) save.mutate(changes);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        label={t('settings.centreName')}
        kind="words"
        value={form['centre.name']}
        onChange={(v) => change({ 'centre.name': v })}
        maxLength={60}
        error={errorOf('centre.name')}
      />
      <TextField
        label={t('settings.centreNameEn')}
        kind="code"
        hint={t('settings.centreNameEnHint')}
        value={form['centre.nameEn']}
        onChange={(v) => change({ 'centre.nameEn': v })}
        maxLength={80}
        error={errorOf('centre.nameEn')}
      />
      <fieldset
        className="choices"
        aria-describedby={errorOf('i18n.languages') ? 'languages-error' : undefined}
      >
        <legend>{t('settings.languages')}</legend>
        {LANGUAGES.map((l) => (
          <Choice
            key={l}
            lang={l}
            checked={form['i18n.languages'].includes(l)}
            onChange={(on) => toggleLanguage(l, on)}
          >
            {common(`language.names.${l}`)}
          </Choice>
        ))}
        {errorOf('i18n.languages') && (
          <p id="languages-error" className="field-error">
            {errorOf('i18n.languages')}
          </p>
        )}
      </fieldset>
      <fieldset className="choices">
        <legend>{t('settings.defaultLanguage')}</legend>
        {LANGUAGES.map((l) => (
          <Choice
            key={l}
            type="radio"
            name="default-language"
            lang={l}
            checked={form['i18n.defaultLanguage'] === l}
            disabled={!form['i18n.languages'].includes(l)}
            onChange={() => change({ 'i18n.defaultLanguage': l })}
          >
            {common(`language.names.${l}`)}
          </Choice>
        ))}
      </fieldset>
      <div className="form-row">
        <TextField
          label={t('settings.idleSeconds')}
          hint={t('settings.idleSecondsHint')}
          value={form['kiosk.idleSeconds']}
          onChange={(v) => change({ 'kiosk.idleSeconds': v })}
          maxLength={4}
          kind="digits"
          error={errorOf('kiosk.idleSeconds')}
        />
        <TextField
          label={t('settings.countdownSeconds')}
          hint={t('settings.countdownSecondsHint')}
          value={form['kiosk.countdownSeconds']}
          onChange={(v) => change({ 'kiosk.countdownSeconds': v })}
          maxLength={3}
          kind="digits"
          error={errorOf('kiosk.countdownSeconds')}
        />
      </div>
      <div className="form-row">
        <TextField
          label={t('settings.maxImageMB')}
          hint={t('settings.maxImageMBHint')}
          value={form['media.maxImageMB']}
          onChange={(v) => change({ 'media.maxImageMB': v })}
          maxLength={3}
          kind="digits"
          error={errorOf('media.maxImageMB')}
        />
        <TextField
          label={t('settings.maxVideoMB')}
          hint={t('settings.maxVideoMBHint')}
          value={form['media.maxVideoMB']}
          onChange={(v) => change({ 'media.maxVideoMB': v })}
          maxLength={4}
          kind="digits"
          error={errorOf('media.maxVideoMB')}
        />
      </div>
      <fieldset className="choices">
        <legend>{t('settings.display')}</legend>
        <Choice checked={form['display.largeText']} onChange={(on) => change({ 'display.largeText': on })}>
          {t('settings.largeText')}
        </Choice>
        <Choice
          checked={form['display.highContrast']}
          onChange={(on) => change({ 'display.highContrast': on })}
        >
          {t('settings.highContrast')}
        </Choice>
      </fieldset>
      <TextField
        label={t('settings.showScreen')}
        hint={t('settings.showScreenHint')}
        value={form['display.showScreen']}
        onChange={(v) => change({ 'display.showScreen': v })}
        maxLength={1}
        kind="digits"
        error={errorOf('display.showScreen')}
      />
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
        <button type="submit" className="btn btn-primary btn-large" disabled={!dirty || save.isPending}>
          {t('settings.save')}
        </button>
        {dirty && (
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => {
              discard();
              setMissing({});
              save.reset();
            }}
          >
            {t('settings.discard')}
          </button>
        )}
      </div>
    </form>
  );
}
