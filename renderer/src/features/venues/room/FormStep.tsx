import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PURPOSES, type Venue } from '../../../../../electron/shared/venues.types';
import { TextField } from '../../../components/keyboard/TextField';
import { draftFields } from '../../../lib/drafts';
import { formatDay } from '../../../lib/dates';
import { OrganiserFields } from './OrganiserFields';
import type { DraftProblems, RequestDraft } from './request-draft';

/**
 * The second step: who asks and what for, on the on-screen keyboard (pinyin for names). The desk
 * adds its own fields (`children`: how the booking repeats) and its own button.
 */
export function FormStep(props: {
  venue: Venue;
  draft: RequestDraft;
  change: (patch: Partial<RequestDraft>) => void;
  problems: DraftProblems;
  sending: boolean;
  failure: string | null;
  onSubmit: () => void;
  submitLabel?: string;
  children?: ReactNode;
}) {
  const { venue, draft, change, problems, sending, failure, onSubmit, children } = props;
  const { t, i18n } = useTranslation('venues');
  const field = draftFields(draft, change, (f) => (problems[f] ? t(problems[f] as 'form.required') : null));
  const purposes = venue.rules.purposes.length > 0 ? venue.rules.purposes : PURPOSES;

  return (
    <form
      className="venues-step form"
      noValidate
      aria-labelledby="venues-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!sending) onSubmit();
      }}
    >
      <h2 id="venues-form-title">{t('request.formStep')}</h2>
      <p className="venues-when">
        {t('request.when', {
          date: formatDay(draft.date, i18n.language, 'full'),
          start: draft.start,
          end: draft.end,
        })}
        <button type="button" className="btn btn-quiet" onClick={() => change({ step: 'time' })}>
          {t('request.changeTime')}
        </button>
      </p>
      <TextField
        label={t('form.title')}
        kind="words"
        maxLength={60}
        hint={t('form.titleHint')}
        {...field('title')}
      />
      <fieldset className={problems.purpose ? 'venues-purposes field-invalid' : 'venues-purposes'}>
        <legend className="field-label">{t('form.purpose')}</legend>
        <div className="venues-purpose-list">
          {purposes.map((p) => (
            <button
              key={p}
              type="button"
              className="btn btn-secondary venues-purpose"
              aria-pressed={draft.purpose === p}
              onClick={() => change({ purpose: p })}
            >
              {t(`purposes.${p}`)}
            </button>
          ))}
        </div>
        {problems.purpose && <p className="field-error">{t('form.required')}</p>}
      </fieldset>
      <OrganiserFields
        company={field('company')}
        branch={field('branch')}
        onPick={(o) => change({ company: o.company ?? '', branch: o.branch ?? '' })}
      />
      <div className="form-row">
        <TextField label={t('form.contactName')} kind="words" maxLength={40} {...field('contactName')} />
        <TextField
          label={t('form.contactPhone')}
          kind="digits"
          maxLength={20}
          hint={t('form.phoneHint')}
          {...field('contactPhone')}
        />
        <TextField
          label={t('form.headcount')}
          kind="digits"
          maxLength={5}
          hint={t('form.headcountHint', { count: venue.capacity })}
          {...field('headcount')}
        />
      </div>
      <TextField label={t('form.notes')} kind="words" maxLength={500} {...field('notes')} />
      {children}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="btn btn-gold btn-huge venues-next" disabled={sending}>
        {sending ? t('form.sending') : (props.submitLabel ?? t('form.submit'))}
      </button>
    </form>
  );
}
