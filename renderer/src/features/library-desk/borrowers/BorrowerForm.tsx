import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Borrower } from '../../../../../electron/shared/library.api';
import { BORROWER_TYPES } from '../../../../../electron/shared/library.types';
import { Choice } from '../../../components/Choice';
import { TextField } from '../../../components/keyboard/TextField';
import { ApiFailure, invoke } from '../../../lib/api';
import { draftFields, hasDraft, useDraft } from '../../../lib/drafts';
import { useErrorText, useFieldErrors } from '../../../lib/error-text';
import { deskKeys } from '../shared/queries';
import { borrowerInputOf, type BorrowerDraft } from './borrower-form';

/** A borrower's card: new or edited; kept as a draft until saved or cancelled. */
export function BorrowerForm(props: {
  formId: string;
  initial: BorrowerDraft;
  borrower?: Borrower;
  onDone: (saved: Borrower | null) => void;
}) {
  const { formId, initial, borrower, onDone } = props;
  const { t } = useTranslation('library-desk');
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const [restored] = useState(() => hasDraft(formId));
  const [draft, change, discard] = useDraft<BorrowerDraft>(formId, initial);
  const [missing, setMissing] = useState<Record<string, string>>({});

  const save = useMutation({
    mutationFn: () => {
      const input = borrowerInputOf(draft);
      return borrower
        ? invoke('borrowers.update', { id: borrower.id, ...input, active: draft.active })
        : invoke('borrowers.create', input);
    },
    onSuccess: (saved) => {
      discard();
      void queryClient.invalidateQueries({ queryKey: deskKeys.all });
      onDone(saved);
    },
  });
  const taken = save.error instanceof ApiFailure && save.error.code === 'duplicate';
  const refused: Record<string, string> = taken
    ? { cardNo: t('borrowers.cardTaken') }
    : save.isError
      ? fieldErrors(save.error)
      : {};
  const errorOf = (f: keyof BorrowerDraft) => missing[f] ?? refused[f] ?? null;
  const field = draftFields(draft, change, errorOf);
  const general = save.isError && Object.keys(refused).length === 0 ? errorText(save.error) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const empty: Record<string, string> = {};
    if (draft.cardNo.trim() === '') empty.cardNo = t('common.required');
    if (draft.name.trim() === '') empty.name = t('common.required');
    setMissing(empty);
    if (Object.keys(empty).length === 0) save.mutate();
  };

  return (
    <form
      className="form library-form-wide panel"
      onSubmit={submit}
      noValidate
      aria-labelledby="borrower-form-title"
    >
      <h2 id="borrower-form-title">
        {borrower ? t('borrowers.editTitle', { name: borrower.name }) : t('borrowers.addTitle')}
      </h2>
      {restored && (
        <p className="notice" role="status">
          {t('common.draftRestored')}
        </p>
      )}
      <div className="form-row">
        <TextField
          label={t('borrower.cardNo')}
          kind="code"
          hint={t('borrowers.cardHint')}
          {...field('cardNo')}
          maxLength={32}
          required
          autoFocus={borrower === undefined}
        />
        <TextField label={t('borrower.name')} kind="words" {...field('name')} maxLength={40} required />
        <TextField
          label={t('borrower.phone')}
          hint={
            borrower?.phone ? t('borrowers.phoneKeep', { phone: borrower.phone }) : t('borrowers.phoneHint')
          }
          kind="digits"
          value={draft.phone}
          onChange={(phone) => change({ phone, clearPhone: false })}
          maxLength={20}
          error={errorOf('phone')}
        />
      </div>
      {borrower?.phone && (
        <Choice checked={draft.clearPhone} onChange={(clearPhone) => change({ clearPhone, phone: '' })}>
          {t('borrowers.clearPhone')}
        </Choice>
      )}
      <div className="form-row">
        <TextField label={t('borrower.company')} kind="words" {...field('company')} maxLength={80} />
        <TextField label={t('borrower.branch')} kind="words" {...field('partyBranch')} maxLength={80} />
      </div>
      <fieldset className="choices">
        <legend>{t('borrower.type')}</legend>
        {BORROWER_TYPES.map((type) => (
          <Choice
            key={type}
            type="radio"
            name={`${formId}-type`}
            checked={draft.type === type}
            onChange={() => change({ type })}
          >
            {t(`borrowerTypes.${type}`)}
          </Choice>
        ))}
      </fieldset>
      <TextField label={t('borrower.note')} kind="words" {...field('note')} maxLength={200} />
      {borrower && (
        <Choice checked={draft.active} onChange={(active) => change({ active })}>
          {t('borrowers.active')}
        </Choice>
      )}
      {general && (
        <p className="form-error" role="alert">
          {general}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary btn-large" disabled={save.isPending}>
          {borrower ? t('common.save') : t('borrowers.create')}
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => {
            discard();
            onDone(null);
          }}
        >
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
