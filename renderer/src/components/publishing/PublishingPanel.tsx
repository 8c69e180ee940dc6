import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishingStatus, StaffRef } from '../../../../electron/shared/publishing.types';
import { useErrorText } from '../../lib/error-text';
import { formatDateTime } from '../../lib/format';
import { PublishingBadge } from './PublishingBadge';
import { usePublishingStep, type AuthorStep } from './use-publishing-step';
import { VersionHistory } from './VersionHistory';

/**
 * Where a piece of content stands in review before publish, for its editor: what visitors see,
 * a waiting submission, a review's reason for sending it back, and the author's steps (withdraw,
 * archive). An area's desk editor shows it above its form, under the section's h1 (its heading is
 * an h2); saving and submitting stay the area's.
 */
export function PublishingPanel(props: { kind: string; contentId: number; status: PublishingStatus | null }) {
  const { kind, contentId, status } = props;
  const { t, i18n } = useTranslation('publishing');
  const errorText = useErrorText();
  const id = useId();
  const { step, rollback } = usePublishingStep(kind, contentId);
  const name = (who: StaffRef | null) => who?.name ?? t('system');
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const state = status?.state ?? 'draft';
  const live = status?.liveVersion ?? null;
  const steps: AuthorStep[] =
    state === 'in_review' ? ['withdraw'] : state === 'archived' ? ['unarchive'] : status ? ['archive'] : [];
  const failed = step.error ?? rollback.error;

  let where = t('status.notLive');
  if (state === 'archived') where = t('status.archived');
  else if (live !== null)
    where = t(state === 'published' ? 'status.live' : 'status.liveDraft', { version: live });

  return (
    <section className="publishing-panel" aria-labelledby={`${id}-title`}>
      <div className="publishing-head">
        <h2 id={`${id}-title`}>{t('status.label')}</h2>
        <PublishingBadge status={status} />
      </div>
      <p>{where}</p>
      {status?.pending && (
        <p>
          {t('status.waiting', {
            name: name(status.pending.submittedBy),
            when: when(status.pending.submittedAt),
          })}
        </p>
      )}
      {status?.returned && (
        <div className="publishing-returned" role="group" aria-labelledby={`${id}-returned`}>
          <h3 id={`${id}-returned`}>{t('status.returnedTitle')}</h3>
          <p>{t('status.returnedBy', { name: name(status.returned.by), when: when(status.returned.at) })}</p>
          <p className="publishing-reason">{status.returned.reason}</p>
          <p>{t('status.returnedHint')}</p>
        </div>
      )}
      {steps.length > 0 && (
        <div className="publishing-actions">
          {steps.map((s) => (
            <button
              key={s}
              type="button"
              className="btn btn-secondary"
              disabled={step.isPending}
              onClick={() => step.mutate(s)}
            >
              {t(`status.${s}`)}
            </button>
          ))}
        </div>
      )}
      {step.isSuccess && step.variables && (
        <p className="notice notice-ok" role="status">
          {t(`status.done.${step.variables}`)}
        </p>
      )}
      {rollback.isSuccess && (
        <p className="notice notice-ok" role="status">
          {t('status.done.rollback', { version: rollback.variables })}
        </p>
      )}
      {failed && (
        <p className="form-error" role="alert">
          {errorText(failed)}
        </p>
      )}
      {status && live !== null && (
        <VersionHistory
          kind={kind}
          contentId={contentId}
          canRollBack={state === 'draft' || state === 'published'}
          onRollback={(version) => rollback.mutate(version)}
          busy={rollback.isPending}
        />
      )}
    </section>
  );
}
