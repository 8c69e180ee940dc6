import { useTranslation } from 'react-i18next';
import type { ReminderSlips as Slips } from '../../../../../electron/shared/library-office.api';
import { formatDay } from '../../../lib/dates';

/** One slip per borrower, to hand over or put in the company's internal post. */
export function ReminderSlips({ slips }: { slips: Slips }) {
  const { t, i18n } = useTranslation('library-desk');
  const day = (d: string) => formatDay(d, i18n.language);
  return (
    <div className="library-slips">
      {slips.slips.map((s) => (
        <article key={s.borrower.id} className="library-slip">
          <header className="library-slip-head">
            <p className="library-slip-centre">{slips.centreName}</p>
            <h3 className="library-slip-title">
              {slips.kind === 'overdue' ? t('slips.overdueTitle') : t('slips.dueSoonTitle')}
            </h3>
          </header>
          {(s.borrower.company || s.borrower.partyBranch) && (
            <p className="library-slip-org">
              {[s.borrower.company, s.borrower.partyBranch].filter(Boolean).join(' · ')}
            </p>
          )}
          <p className="library-slip-to">
            {t('slips.to', { name: s.borrower.name, card: s.borrower.cardNo })}
          </p>
          <p>{slips.kind === 'overdue' ? t('slips.overdueText') : t('slips.dueSoonText')}</p>
          <table className="library-slip-table">
            <thead>
              <tr>
                <th scope="col">{t('slips.book')}</th>
                <th scope="col">{t('slips.barcode')}</th>
                <th scope="col">{t('slips.due')}</th>
                <th scope="col">{t('slips.state')}</th>
              </tr>
            </thead>
            <tbody>
              {s.loans.map((l) => (
                <tr key={l.barcode}>
                  <td>{l.title}</td>
                  <td>{l.barcode}</td>
                  <td>{day(l.dueOn)}</td>
                  <td>
                    {l.daysOverdue > 0
                      ? t('desk.overdueDays', { count: l.daysOverdue })
                      : t('slips.daysLeft', { count: l.daysLeft })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="library-slip-foot">{t('slips.printedOn', { date: day(slips.printedOn) })}</p>
        </article>
      ))}
    </div>
  );
}
