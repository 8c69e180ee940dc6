import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { formatDateTime } from '../../../lib/format';
import { ReviewDetailView, type Decided } from './ReviewDetailView';
import { useKindLabels } from './use-kind-labels';
import './review.css';
import { TableWrap } from '../../../components/TableWrap';

/**
 * Review before publish: what waits, oldest first; one opens side by side with what visitors see
 * now, to approve or send back with a reason. The open submission lives in the address (`?v=`),
 * so a reload comes back to it.
 */
export function ReviewSection() {
  const { t, i18n } = useTranslation('staff');
  const { t: p } = useTranslation('publishing');
  const errorText = useErrorText();
  const { kindName } = useKindLabels();
  const [params, setParams] = useSearchParams();
  const open = params.get('v');
  const openId = open !== null && /^\d+$/.test(open) ? Number(open) : null;
  const [decided, setDecided] = useState<Decided | null>(null);
  const queue = useQuery({
    queryKey: ['publishing', 'queue'],
    queryFn: () => invoke('publishing.queue', { limit: 100 }),
  });
  const go = (versionId: number | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (versionId === null) next.delete('v');
      else next.set('v', String(versionId));
      return next;
    });

  return (
    <section aria-labelledby="review-title">
      <h1 id="review-title">{t('sections.review')}</h1>
      {openId !== null ? (
        <ReviewDetailView
          versionId={openId}
          onBack={() => go(null)}
          onDecided={(d) => {
            setDecided(d);
            go(null);
          }}
        />
      ) : (
        <>
          <p className="lead">{p('review.intro')}</p>
          {decided && (
            <p className="notice notice-ok" role="status">
              {p(`review.${decided.outcome}`, { title: decided.title })}
            </p>
          )}
          {queue.isError && (
            <p className="form-error" role="alert">
              {errorText(queue.error)}
            </p>
          )}
          {queue.data?.rows.length === 0 && <p className="notice">{p('review.none')}</p>}
          {queue.data && queue.data.rows.length > 0 && (
            <TableWrap label={p('review.caption')}>
              <table className="table">
                <caption className="visually-hidden">{p('review.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{p('review.kind')}</th>
                    <th scope="col">{p('review.title')}</th>
                    <th scope="col">{p('review.author')}</th>
                    <th scope="col">{p('review.when')}</th>
                    <th scope="col">{p('review.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {queue.data.rows.map((r) => (
                    <tr key={r.versionId}>
                      <td>{kindName(r.kind)}</td>
                      <th scope="row">{r.title}</th>
                      <td>
                        {r.submittedBy?.name ?? p('system')}
                        {r.own && <span className="publishing-badge review-own">{p('review.own')}</span>}
                      </td>
                      <td>{formatDateTime(r.submittedAt, i18n.language)}</td>
                      <td>
                        <button
                          type="button"
                          className="btn btn-primary btn-small"
                          onClick={() => go(r.versionId)}
                        >
                          {p('review.open')}
                          <span className="visually-hidden"> {r.title}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
          {queue.data && queue.data.total > queue.data.rows.length && (
            <p className="notice">{p('review.more', { count: queue.data.total - queue.data.rows.length })}</p>
          )}
        </>
      )}
    </section>
  );
}
