import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAccount } from '../../../../../electron/shared';
import { invoke } from '../../../lib/api';
import { hasDraft } from '../../../lib/drafts';
import { useErrorText } from '../../../lib/error-text';
import { formatTime } from '../../../lib/format';
import { AddAccountForm } from './AddAccountForm';
import { EditAccountDialog } from './EditAccountDialog';
import { ResetPinDialog } from './ResetPinDialog';
import { TableWrap } from '../../../components/TableWrap';

type Open = { kind: 'edit' | 'pin'; account: StaffAccount } | null;

const addDraftExists = () => hasDraft('staff.accounts.add');

export function AccountsSection() {
  const { t, i18n } = useTranslation('staff');
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const accounts = useQuery({ queryKey: ['staff', 'list'], queryFn: () => invoke('staff.list', {}) });
  const [adding, setAdding] = useState(addDraftExists);
  const [open, setOpen] = useState<Open>(null);

  const setActive = useMutation({
    mutationFn: (a: { staffNo: string; active: boolean }) => invoke('staff.update', a),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['staff'] }),
  });

  const status = (a: StaffAccount): string => {
    if (!a.active) return t('accounts.status.disabled');
    if (a.lockedUntil && Date.parse(a.lockedUntil) > accounts.dataUpdatedAt)
      return t('accounts.status.locked', { time: formatTime(a.lockedUntil, i18n.language) });
    if (!a.hasPin) return t('accounts.status.noPin');
    return t('accounts.status.active');
  };

  return (
    <section aria-labelledby="accounts-title">
      <div className="section-head">
        <h1 id="accounts-title">{t('sections.accounts')}</h1>
        {!adding && (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            {t('accounts.add')}
          </button>
        )}
      </div>
      {adding && <AddAccountForm onDone={() => setAdding(false)} />}
      {setActive.isError && (
        <p className="form-error" role="alert">
          {errorText(setActive.error)}
        </p>
      )}
      {accounts.isError && (
        <p className="form-error" role="alert">
          {errorText(accounts.error)}
        </p>
      )}
      {accounts.data && (
        <TableWrap label={t('accounts.caption')}>
          <table className="table">
            <caption className="visually-hidden">{t('accounts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.staffNo')}</th>
                <th scope="col">{t('accounts.name')}</th>
                <th scope="col">{t('accounts.roles')}</th>
                <th scope="col">{t('accounts.statusTitle')}</th>
                <th scope="col">{t('accounts.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.data.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.staffNo}</th>
                  <td>{a.name}</td>
                  <td>{a.roles.map((r) => t(`roles.${r}`)).join(t('accounts.roleSeparator'))}</td>
                  <td>{status(a)}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="btn btn-secondary btn-small"
                      onClick={() => setOpen({ kind: 'edit', account: a })}
                    >
                      {t('accounts.edit')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-secondary btn-small"
                      onClick={() => setOpen({ kind: 'pin', account: a })}
                    >
                      {t('accounts.resetPin')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-secondary btn-small"
                      disabled={setActive.isPending}
                      onClick={() => setActive.mutate({ staffNo: a.staffNo, active: !a.active })}
                    >
                      {a.active ? t('accounts.disable') : t('accounts.enable')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {open?.kind === 'edit' && <EditAccountDialog account={open.account} onClose={() => setOpen(null)} />}
      {open?.kind === 'pin' && <ResetPinDialog account={open.account} onClose={() => setOpen(null)} />}
    </section>
  );
}
