import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAccount } from '../../../../../electron/shared';
import { Dialog } from '../../../components/Dialog';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { useDraft } from '../../../lib/drafts';
import { useErrorText, useFieldErrors, useRequired } from '../../../lib/error-text';
import { RoleChoices } from './RoleChoices';

/** Name and roles of one account. */
export function EditAccountDialog({ account, onClose }: { account: StaffAccount; onClose: () => void }) {
  const { t } = useTranslation('staff');
  const { t: common } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const required = useRequired();
  const [initial] = useState(() => ({ name: account.name, roles: account.roles }));
  const [draft, change, discard] = useDraft(`staff.accounts.edit.${account.staffNo}`, initial);
  const [local, setLocal] = useState<Record<string, string>>({});

  const update = useMutation({
    mutationFn: () =>
      invoke('staff.update', { staffNo: account.staffNo, name: draft.name, roles: draft.roles }),
    onSuccess: () => {
      discard();
      void queryClient.invalidateQueries({ queryKey: ['staff'] });
      onClose();
    },
  });
  const refused = update.isError ? fieldErrors(update.error) : {};
  const general = update.isError && Object.keys(refused).length === 0 ? errorText(update.error) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = required({ name: draft.name });
    if (draft.roles.length === 0) errors.roles = t('accounts.pickRole');
    setLocal(errors);
    if (Object.keys(errors).length === 0) update.mutate();
  };
  const cancel = () => {
    discard();
    onClose();
  };

  return (
    <Dialog labelledBy={`${id}-title`} onClose={cancel}>
      <h2 id={`${id}-title`} className="dialog-title">
        {t('accounts.editTitle', { staffNo: account.staffNo })}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('accounts.name')}
          kind="words"
          value={draft.name}
          onChange={(name) => change({ name })}
          maxLength={40}
          error={local.name ?? refused.name}
        />
        <RoleChoices
          value={draft.roles}
          onChange={(roles) => change({ roles })}
          error={local.roles ?? refused.roles}
          errorId={`${id}-roles`}
        />
        {general && (
          <p className="form-error" role="alert">
            {general}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="btn btn-primary" disabled={update.isPending}>
            {common('actions.save')}
          </button>
          <button type="button" className="btn btn-secondary" onClick={cancel}>
            {common('actions.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
