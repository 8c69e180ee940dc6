import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { holdsRole } from '../../../../electron/shared/roles';
import type { StaffRef } from '../../../../electron/shared/publishing.types';
import { invoke } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../../lib/queries';
import { Dialog } from '../Dialog';
import { TableWrap } from '../TableWrap';

/** The approved versions, newest first; a reviewer can show visitors an earlier one again. */
export function VersionHistory(props: {
  kind: string;
  contentId: number;
  canRollBack: boolean;
  busy: boolean;
  onRollback: (version: number) => void;
}) {
  const { kind, contentId, canRollBack, busy, onRollback } = props;
  const { t, i18n } = useTranslation('publishing');
  const { t: common } = useTranslation();
  const id = useId();
  const reviewer = holdsRole(useMe().data?.staff?.roles ?? [], 'reviewer');
  const [asked, setAsked] = useState<number | null>(null);
  const history = useQuery({
    queryKey: ['publishing', 'history', kind, contentId],
    queryFn: () => invoke('publishing.history', { kind, contentId }),
  });
  const by = (who: StaffRef | null, at: string) =>
    t('history.by', { name: who?.name ?? t('system'), when: formatDateTime(at, i18n.language) });
  const rows = history.data ?? [];
  if (rows.length === 0) return null;

  return (
    <div>
      <h3 id={`${id}-title`}>{t('history.title')}</h3>
      <TableWrap label={t('history.caption')}>
        <table className="table">
          <caption className="visually-hidden">{t('history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.version')}</th>
              <th scope="col">{t('history.titleCol')}</th>
              <th scope="col">{t('history.submitted')}</th>
              <th scope="col">{t('history.approved')}</th>
              <th scope="col">{t('history.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((v) => (
              <tr key={v.versionId}>
                <th scope="row">{t('history.versionNo', { version: v.version })}</th>
                <td>{v.title}</td>
                <td>{by(v.submittedBy, v.submittedAt)}</td>
                <td>{by(v.approvedBy, v.approvedAt)}</td>
                <td>
                  {v.live && (
                    <span className="publishing-badge publishing-badge-published">{t('history.shown')}</span>
                  )}
                  {!v.live && reviewer && canRollBack && (
                    <button
                      type="button"
                      className="btn btn-secondary btn-small"
                      disabled={busy}
                      onClick={() => setAsked(v.version)}
                    >
                      {t('history.rollback')}
                      <span className="visually-hidden">
                        {' '}
                        {t('history.versionNo', { version: v.version })}
                      </span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {asked !== null && (
        <Dialog
          role="alertdialog"
          labelledBy={`${id}-confirm`}
          describedBy={`${id}-confirm-text`}
          onClose={() => setAsked(null)}
          overKeyboard
        >
          <h2 id={`${id}-confirm`} className="dialog-title">
            {t('history.confirmTitle', { version: asked })}
          </h2>
          <p id={`${id}-confirm-text`} className="dialog-text">
            {t('history.confirmText', { version: asked })}
          </p>
          <div className="dialog-actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                onRollback(asked);
                setAsked(null);
              }}
            >
              {t('history.confirm')}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setAsked(null)}>
              {common('actions.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
