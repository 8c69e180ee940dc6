import { useTranslation } from 'react-i18next';
import type { BorrowerStatus } from '../../../../../electron/shared/library.api';
import { formatDay } from '../../../lib/dates';

/** Who is borrowing: enough to recognise the person and to see at once whether they may borrow. */
export function BorrowerPanel({ status }: { status: BorrowerStatus }) {
  const { t, i18n } = useTranslation('library-desk');
  const { borrower, loans, rule, limitLeft, blocked, readyHolds } = status;
  const overdue = loans.filter((l) => l.overdueDays > 0);
  return (
    <section className="library-borrower-panel panel" aria-labelledby="desk-borrower-name">
      <h2 id="desk-borrower-name" className="library-borrower-name">
        {borrower.name}
        <span className="library-borrower-card">{borrower.cardNo}</span>
      </h2>
      {/* Why this person may not borrow comes first: the keyboard may cover the rest. */}
      {blocked === 'overdue' && (
        <p className="notice notice-error" role="alert">
          {t('desk.blockedOverdue', { count: overdue.length })}
        </p>
      )}
      {blocked === 'inactive' && (
        <p className="notice notice-error" role="alert">
          {t('desk.blockedInactive')}
        </p>
      )}
      <dl className="library-facts">
        <div>
          <dt>{t('borrower.type')}</dt>
          <dd>{t(`borrowerTypes.${borrower.type}`)}</dd>
        </div>
        <div>
          <dt>{t('borrower.phone')}</dt>
          <dd>{borrower.phone ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('borrower.company')}</dt>
          <dd>{borrower.company ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('borrower.branch')}</dt>
          <dd>{borrower.partyBranch ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('desk.loansOpen')}</dt>
          <dd>{t('desk.loansOfMax', { count: loans.length, max: rule.maxItems })}</dd>
        </div>
        <div>
          <dt>{t('desk.limitLeft')}</dt>
          <dd className={limitLeft === 0 || blocked ? 'library-text-danger' : 'library-text-ok'}>
            {limitLeft}
          </dd>
        </div>
      </dl>
      {readyHolds.length > 0 && (
        <div className="notice library-hold-notice">
          <p className="library-hold-notice-title">{t('desk.readyHolds')}</p>
          <ul>
            {readyHolds.map((h) => (
              <li key={h.id}>
                {h.readyUntil
                  ? t('desk.readyHold', {
                      title: h.title,
                      barcode: h.copyBarcode ?? '',
                      date: formatDay(h.readyUntil, i18n.language),
                    })
                  : t('desk.readyHoldNoDate', { title: h.title, barcode: h.copyBarcode ?? '' })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {loans.length > 0 && (
        <details className="library-loans-details">
          <summary className="btn btn-quiet btn-small">
            {t('desk.showLoans', { count: loans.length })}
          </summary>
          <ul className="library-loan-list">
            {loans.map((l) => (
              <li key={l.id}>
                <span className="library-loan-title">{l.title}</span>
                <span className={l.overdueDays > 0 ? 'library-text-danger' : 'muted'}>
                  {l.overdueDays > 0
                    ? t('desk.overdueDays', { count: l.overdueDays })
                    : t('desk.dueOn', { date: formatDay(l.dueOn, i18n.language) })}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
