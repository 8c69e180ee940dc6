import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiFailure, invoke } from '../../../lib/api';
import { formatDay } from '../../../lib/dates';
import { normaliseCode } from '../shared/codes';
import { ScanField } from '../../../components/ScanField';
import { useRefusalText } from '../shared/use-refusal-text';
import { TableWrap } from '../../../components/TableWrap';

/** Why a hold was refused, when the API said more than its code. */
function holdRefusal(error: unknown): 'copyIn' | 'hasIt' | 'already' | null {
  if (!(error instanceof ApiFailure)) return null;
  if (error.code === 'duplicate') return 'already';
  if (error.code === 'conflict') return error.details?.onLoan === true ? 'hasIt' : 'copyIn';
  return null;
}

/** The queue of readers waiting for this title: reserve it for someone, or cancel a reservation. */
export function HoldsPanel({ titleId }: { titleId: number }) {
  const { t, i18n } = useTranslation('library-desk');
  const queryClient = useQueryClient();
  const refusal = useRefusalText();
  const holds = useQuery({
    queryKey: ['library', 'holds', titleId],
    queryFn: () => invoke('holds.list', { titleId, limit: 100 }),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['library'] });
  const place = useMutation({
    mutationFn: (cardNo: string) => invoke('holds.place', { cardNo, titleId }),
    onSuccess: refresh,
  });
  const cancel = useMutation({
    mutationFn: (id: number) => invoke('holds.cancel', { id }),
    onSuccess: refresh,
  });
  const day = (d: string) => formatDay(d, i18n.language, 'short');
  const rows = holds.data?.rows ?? [];
  const why = holdRefusal(place.error);

  return (
    <section className="panel" aria-labelledby="holds-title">
      <h2 id="holds-title">{t('holds.heading', { count: rows.length })}</h2>
      {rows.length === 0 && holds.isSuccess && <p className="muted">{t('holds.none')}</p>}
      {rows.length > 0 && (
        <TableWrap label={t('holds.caption')}>
          <table className="table">
            <caption className="visually-hidden">{t('holds.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('holds.state')}</th>
                <th scope="col">{t('holds.reader')}</th>
                <th scope="col">{t('holds.placed')}</th>
                <th scope="col">{t('holds.until')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((h) => (
                <tr key={h.id}>
                  <td>
                    {h.status === 'ready'
                      ? t('holds.ready', { barcode: h.copyBarcode ?? '' })
                      : t('holds.waiting', { position: h.position ?? '' })}
                  </td>
                  <th scope="row">
                    {h.borrower.name} <span className="muted library-code">{h.borrower.cardNo}</span>
                  </th>
                  <td className="library-nowrap">{day(h.placedAt.slice(0, 10))}</td>
                  <td className="library-nowrap">{day(h.readyUntil ?? h.expiresOn)}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-secondary btn-small"
                      disabled={cancel.isPending}
                      onClick={() => cancel.mutate(h.id)}
                    >
                      {t('holds.cancel')}
                      <span className="visually-hidden"> {h.borrower.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <ScanField
        label={t('holds.card')}
        hint={t('holds.cardHint')}
        submitLabel={t('holds.place')}
        name="hold-card"
        onScan={(code) => place.mutate(normaliseCode(code))}
      />
      {place.isSuccess && (
        <p className="notice notice-ok" role="status">
          {t('holds.placedFor', { name: place.data.borrower.name, position: place.data.position ?? '' })}
        </p>
      )}
      {(place.isError || cancel.isError) && (
        <p className="form-error" role="alert">
          {why ? t(`holds.refusals.${why}`) : refusal(place.error ?? cancel.error)}
        </p>
      )}
    </section>
  );
}
