import { useTranslation } from 'react-i18next';
import type { ReviewDetail } from '../../../../../electron/shared/publishing.types';
import { diffFields, type DiffItem, type DiffRow } from './review-diff';
import { useKindLabels } from './use-kind-labels';
import { TableWrap } from '../../../components/TableWrap';

function Side(props: { side: DiffRow['proposed'] | null }) {
  const { t } = useTranslation('publishing');
  const { side } = props;
  if (side === null) return <span className="muted">{t('review.nothingYet')}</span>;
  if (side.items) {
    if (side.items.length === 0) return <span className="muted">{t('review.empty')}</span>;
    return (
      <ol className="review-items">
        {side.items.map((item: DiffItem) => (
          <li key={item.key} className={item.mark ? `review-item-${item.mark}` : undefined}>
            {item.mark && (
              <span className={`review-mark review-mark-${item.mark}`}>{t(`review.${item.mark}`)}</span>
            )}
            {item.text}
          </li>
        ))}
      </ol>
    );
  }
  if (side.text === null || side.text === '') return <span className="muted">{t('review.empty')}</span>;
  return <span className="review-text">{side.text}</span>;
}

/** The new version beside what visitors see now, field by field; changed fields say so in words. */
export function ReviewCompare(props: { detail: ReviewDetail }) {
  const { detail } = props;
  const { t } = useTranslation('publishing');
  const { fieldLabel } = useKindLabels();
  const rows = diffFields(detail.current, detail.proposed);
  return (
    <TableWrap label={t('review.compare')}>
      <table className="table review-compare">
        <caption className="visually-hidden">{t('review.compare')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.field')}</th>
            <th scope="col">
              {detail.liveVersion === null
                ? t('review.currentNone')
                : t('review.current', { version: detail.liveVersion })}
            </th>
            <th scope="col">{t('review.proposed')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className={row.changed ? 'review-changed' : undefined}>
              <th scope="row">
                {fieldLabel(detail.kind, row.field)}
                <span className={row.changed ? 'review-flag review-flag-changed' : 'review-flag'}>
                  {t(row.changed ? 'review.changed' : 'review.same')}
                </span>
              </th>
              <td>
                <Side side={row.current} />
              </td>
              <td>
                <Side side={row.proposed} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
