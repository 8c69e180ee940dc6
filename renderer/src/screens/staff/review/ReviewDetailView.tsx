import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { formatDateTime } from '../../../lib/format';
import { ReviewCompare } from './ReviewCompare';
import { useKindLabels } from './use-kind-labels';

export interface Decided {
  title: string;
  outcome: 'approved' | 'returned';
}

/** One submission side by side with what visitors see now; approve, or send back with a reason. */
export function ReviewDetailView(props: {
  versionId: number;
  onBack: () => void;
  onDecided: (decided: Decided) => void;
}) {
  const { versionId, onBack, onDecided } = props;
  const { t, i18n } = useTranslation('publishing');
  const { t: staff } = useTranslation('staff');
  const errorText = useErrorText();
  const { kindName } = useKindLabels();
  const queryClient = useQueryClient();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const detail = useQuery({
    queryKey: ['publishing', 'review', versionId],
    queryFn: () => invoke('publishing.review', { versionId }),
  });
  const settle = async (outcome: Decided['outcome']) => {
    await queryClient.invalidateQueries({ queryKey: ['publishing'] });
    onDecided({ title: detail.data?.title ?? '', outcome });
  };
  const approve = useMutation({
    mutationFn: () => invoke('publishing.approve', { versionId }),
    onSuccess: () => settle('approved'),
  });
  const sendBack = useMutation({
    mutationFn: () => invoke('publishing.return', { versionId, reason }),
    onSuccess: () => settle('returned'),
  });
  const busy = approve.isPending || sendBack.isPending;
  const failed = approve.error ?? sendBack.error ?? detail.error;
  const back = (
    <button type="button" className="btn btn-secondary" onClick={onBack}>
      {t('review.back')}
    </button>
  );
  if (detail.isPending) return <p role="status">{staff('loading')}</p>;
  if (!detail.data) {
    return (
      <div>
        <p className="form-error" role="alert">
          {errorText(failed)}
        </p>
        {back}
      </div>
    );
  }
  const d = detail.data;
  const confirmReturn = (e: FormEvent) => {
    e.preventDefault();
    setMissing(reason.trim() === '');
    if (reason.trim() !== '') sendBack.mutate();
  };

  return (
    <div className="review">
      {back}
      <h2>{t('review.heading', { title: d.title })}</h2>
      <p>
        {t('review.meta', {
          kind: kindName(d.kind),
          name: d.submittedBy?.name ?? t('system'),
          when: formatDateTime(d.submittedAt, i18n.language),
        })}
      </p>
      {d.current === null && <p className="notice">{t('review.firstVersion')}</p>}
      <ReviewCompare detail={d} />
      {failed && (
        <p className="form-error" role="alert">
          {errorText(failed)}
        </p>
      )}
      {d.own ? (
        <p className="notice">{t('review.ownNote')}</p>
      ) : returning ? (
        <form className="form form-wide panel" onSubmit={confirmReturn} noValidate>
          <TextField
            label={t('review.reason')}
            value={reason}
            onChange={setReason}
            maxLength={400}
            error={missing ? t('review.reasonRequired') : null}
            autoFocus
          />
          <div className="form-actions">
            <button type="submit" className="btn btn-danger btn-large" disabled={busy}>
              {t('review.confirmReturn')}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setReturning(false)}>
              {t('review.back')}
            </button>
          </div>
        </form>
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-primary btn-large"
            disabled={busy}
            onClick={() => approve.mutate()}
          >
            {t('review.approve')}
          </button>
          <button
            type="button"
            className="btn btn-secondary btn-large"
            disabled={busy}
            onClick={() => setReturning(true)}
          >
            {t('review.return')}
          </button>
        </div>
      )}
    </div>
  );
}
