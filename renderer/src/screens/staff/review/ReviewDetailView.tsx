import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { formatDateTime } from '../../../lib/format';
import { ReturnDialog } from './ReturnDialog';
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
  const detail = useQuery({
    queryKey: ['publishing', 'review', versionId],
    queryFn: () => invoke('publishing.review', { versionId }),
  });
  const settle = (outcome: Decided['outcome']) => {
    onDecided({ title: detail.data?.title ?? '', outcome });
    void queryClient.invalidateQueries({ queryKey: ['publishing'] });
  };
  const approve = useMutation({
    mutationFn: () => invoke('publishing.approve', { versionId }),
    onSuccess: () => settle('approved'),
  });
  const sendBack = useMutation({
    mutationFn: (reason: string) => invoke('publishing.return', { versionId, reason }),
    onSuccess: () => settle('returned'),
  });
  const busy = approve.isPending || sendBack.isPending;
  const failed = approve.error ?? detail.error;
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
            onClick={() => {
              sendBack.reset();
              setReturning(true);
            }}
          >
            {t('review.return')}
          </button>
        </div>
      )}
      {returning && (
        <ReturnDialog
          title={d.title}
          busy={sendBack.isPending}
          error={sendBack.error ? errorText(sendBack.error) : null}
          onConfirm={(reason) => sendBack.mutate(reason)}
          onCancel={() => setReturning(false)}
        />
      )}
    </div>
  );
}
