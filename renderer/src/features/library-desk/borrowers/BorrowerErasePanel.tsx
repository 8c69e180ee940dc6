import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Borrower } from '../../../../../electron/shared/library.api';
import { holdsRole } from '../../../../../electron/shared/roles';
import { Dialog } from '../../../components/Dialog';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { useMe } from '../../../lib/queries';
import { deskKeys } from '../shared/queries';

/**
 * Erasing a borrower on their request (PIPL), behind one question: their name, card, phone and PIN
 * go for good; their past loans stay, anonymous, in the statistics. The admin's only (core refuses
 * anyone else), and not while books are out.
 */
export function BorrowerErasePanel({ borrower, onErased }: { borrower: Borrower; onErased: () => void }) {
  const { t } = useTranslation('library-desk');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const admin = holdsRole(useMe().data?.staff?.roles ?? [], 'admin');
  const [asking, setAsking] = useState(false);
  const id = useId();
  const erase = useMutation({
    mutationFn: () => invoke('borrowers.erase', { id: borrower.id }),
    onSuccess: () => {
      setAsking(false);
      onErased();
      void queryClient.invalidateQueries({ queryKey: deskKeys.all });
    },
  });
  if (!admin) return null;
  const booksOut = borrower.openLoans > 0;
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('borrowers.erase.heading')}</h2>
      <p>{t('borrowers.erase.explain')}</p>
      {booksOut && <p className="notice">{t('borrowers.erase.booksOut', { count: borrower.openLoans })}</p>}
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-danger"
          disabled={booksOut}
          onClick={() => {
            erase.reset();
            setAsking(true);
          }}
        >
          {t('borrowers.erase.action')}
        </button>
      </div>
      {asking && (
        <Dialog
          role="alertdialog"
          labelledBy={`${id}-title`}
          describedBy={`${id}-text`}
          onClose={erase.isPending ? undefined : () => setAsking(false)}
        >
          <h2 id={`${id}-title`} className="dialog-title">
            {t('borrowers.erase.confirmTitle', { name: borrower.name, card: borrower.cardNo })}
          </h2>
          <p id={`${id}-text`} className="dialog-text">
            {t('borrowers.erase.confirmText')}
          </p>
          {erase.isError && (
            <p className="form-error" role="alert">
              {errorText(erase.error)}
            </p>
          )}
          <div className="dialog-actions">
            <button
              type="button"
              className="btn btn-danger"
              disabled={erase.isPending}
              onClick={() => erase.mutate()}
            >
              {t('borrowers.erase.confirm')}
            </button>
            <button
              type="button"
              className="btn btn-secondary"
              disabled={erase.isPending}
              onClick={() => setAsking(false)}
            >
              {t('common.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
