import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Borrower } from '../../../../../electron/shared/library.api';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { deskKeys } from '../shared/queries';
import { borrowerDraftOf } from './borrower-form';
import { BorrowerForm } from './BorrowerForm';
import { BorrowerErasePanel } from './BorrowerErasePanel';
import { BorrowerPinPanel } from './BorrowerPinPanel';

/** Loads a borrower, then edits it and its self-service PIN, or (the admin) erases it. */
export function BorrowerEditor(props: {
  id: number;
  onDone: (saved: Borrower | null) => void;
  onErased: () => void;
}) {
  const { id, onDone, onErased } = props;
  const errorText = useErrorText();
  const borrower = useQuery({
    queryKey: deskKeys.borrower(id),
    queryFn: () => invoke('borrowers.get', { id }),
  });
  const data = borrower.data;
  const initial = useMemo(() => (data ? borrowerDraftOf(data) : null), [data]);
  if (borrower.isError) {
    return (
      <p className="form-error" role="alert">
        {errorText(borrower.error)}
      </p>
    );
  }
  if (!data || !initial) return null;
  return (
    <>
      <BorrowerForm
        formId={`library-desk.borrower.${id}`}
        initial={initial}
        borrower={data}
        onDone={onDone}
      />
      <BorrowerPinPanel borrower={data} />
      <BorrowerErasePanel borrower={data} onErased={onErased} />
    </>
  );
}
