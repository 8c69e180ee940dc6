import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../../../../electron/shared';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { draftFields, useDraft } from '../../../lib/drafts';
import { useErrorText, useFieldErrors, useRequired } from '../../../lib/error-text';
import { RoleChoices } from './RoleChoices';
import { usePinPair } from '../../../components/pin-pair/use-pin-pair';
import { PinPairFields } from '../../../components/pin-pair/PinPairFields';

interface AccountDraft {
  staffNo: string;
  name: string;
  roles: StaffRole[];
}
const EMPTY: AccountDraft = { staffNo: '', name: '', roles: [] };

/** A new staff account; what was typed (but never the PIN) survives a reload as a draft. */
export function AddAccountForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('staff');
  const { t: common } = useTranslation();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const required = useRequired();
  const [draft, change, discard] = useDraft('staff.accounts.add', EMPTY);
  const pins = usePinPair();
  const [local, setLocal] = useState<Record<string, string>>({});

  const create = useMutation({
    mutationFn: () => invoke('staff.create', { ...draft, staffNo: draft.staffNo.trim(), pin: pins.pin }),
    onSuccess: () => {
      discard();
      pins.clear();
      void queryClient.invalidateQueries({ queryKey: ['staff'] });
      onDone();
    },
  });
  const refused = create.isError ? fieldErrors(create.error) : {};
  const errorOf = (field: string) => local[field] ?? refused[field];
  const field = draftFields(draft, change, errorOf);
  const general = create.isError && Object.keys(refused).length === 0 ? errorText(create.error) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = { ...required({ staffNo: draft.staffNo, name: draft.name }), ...pins.check() };
    if (draft.roles.length === 0) errors.roles = t('accounts.pickRole');
    setLocal(errors);
    if (Object.keys(errors).length === 0) create.mutate();
  };

  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby="add-account-title">
      <h2 id="add-account-title">{t('accounts.addTitle')}</h2>
      <div className="form-row">
        <TextField
          label={t('accounts.staffNo')}
          kind="code"
          hint={t('signIn.staffNoHint')}
          {...field('staffNo')}
          maxLength={32}
          autoFocus
        />
        <TextField label={t('accounts.name')} kind="words" {...field('name')} maxLength={40} />
      </div>
      <RoleChoices
        value={draft.roles}
        onChange={(roles) => change({ roles })}
        error={errorOf('roles')}
        errorId="add-account-roles"
      />
      <div className="form-row">
        <PinPairFields
          pins={pins}
          label={t('accounts.pin')}
          againLabel={t('accounts.pinAgain')}
          hint={t('signIn.pinHint')}
          errors={{ pin: errorOf('pin'), pinAgain: errorOf('pinAgain') }}
        />
      </div>
      {general && (
        <p className="form-error" role="alert">
          {general}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {t('accounts.create')}
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => {
            discard();
            onDone();
          }}
        >
          {common('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
