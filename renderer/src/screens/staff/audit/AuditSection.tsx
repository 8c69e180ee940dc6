import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../../components/Pager';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { formatDateTime } from '../../../lib/format';
import { AuditChanges } from './AuditChanges';
import { TableWrap } from '../../../components/TableWrap';

const PAGE_SIZE = 20;

/** Who changed what, when; newest first, a page at a time. */
export function AuditSection() {
  const { t, i18n } = useTranslation('staff');
  const errorText = useErrorText();
  const [page, setPage] = useState(0);
  const audit = useQuery({
    queryKey: ['audit', page],
    queryFn: () => invoke('audit.list', { offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  // Each area labels its own actions in its namespace; the platform's are in this one.
  const action = (area: string, a: string) => {
    const key = `audit.actions.${a.replace(/\./g, '_')}`;
    const shell = t(key, { defaultValue: a });
    return area === 'platform' ? shell : t(`${area}:${key}`, { defaultValue: shell });
  };
  // Sign-in trouble names the screen or device it came from (`device:screen`, `device:<address>`).
  const actor = (a: string) =>
    a === 'system'
      ? t('audit.system')
      : a === 'device:screen'
        ? t('audit.device.screen')
        : a.startsWith('device:')
          ? t('audit.device.address', { address: a.slice('device:'.length) })
          : a;

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('sections.audit')}</h1>
      {audit.isError && (
        <p className="form-error" role="alert">
          {errorText(audit.error)}
        </p>
      )}
      {audit.data && audit.data.rows.length === 0 && <p className="notice">{t('audit.none')}</p>}
      {audit.data && audit.data.rows.length > 0 && (
        <TableWrap label={t('audit.caption')}>
          <table className="table table-audit">
            <caption className="visually-hidden">{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.data.rows.map((r) => (
                <tr key={r.id}>
                  <td>{formatDateTime(r.at, i18n.language)}</td>
                  <td>{actor(r.actor)}</td>
                  <th scope="row">
                    {action(r.area, r.action)}
                    {r.entityId && <span className="muted"> {r.entityId}</span>}
                  </th>
                  <td>
                    <AuditChanges area={r.area} before={r.before} after={r.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <Pager page={page} total={audit.data?.total ?? 0} pageSize={PAGE_SIZE} onPage={setPage} />
    </section>
  );
}
