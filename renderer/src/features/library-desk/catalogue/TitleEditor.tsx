import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TitleDetail } from '../../../../../electron/shared/library.api';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { deskKeys } from '../shared/queries';
import { CopiesPanel } from './CopiesPanel';
import { HoldsPanel } from './HoldsPanel';
import { draftOf } from './title-form';
import { TitleForm } from './TitleForm';

/** One title: its details to edit, and its copies. */
export function TitleEditor(props: { id: number; onClose: () => void; onOpen: (id: number) => void }) {
  const { id, onClose, onOpen } = props;
  const { t } = useTranslation('library-desk');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const detail = useQuery({
    queryKey: deskKeys.title(id),
    queryFn: () => invoke('catalogue.getTitle', { id }),
  });
  const data = detail.data;
  const initial = useMemo(() => (data ? draftOf(data) : null), [data]);

  return (
    <div>
      <button type="button" className="btn btn-secondary library-back-button" onClick={onClose}>
        {t('catalogue.back')}
      </button>
      {detail.isError && (
        <p className="form-error" role="alert">
          {errorText(detail.error)}
        </p>
      )}
      {saved && (
        <p className="notice notice-ok" role="status">
          {t('title.saved')}
        </p>
      )}
      {data && initial && (
        <>
          <TitleForm
            key={data.updatedAt}
            formId={`library-desk.title.${id}`}
            initial={initial}
            titleId={id}
            onOpenTitle={onOpen}
            onSaved={(title) => {
              setSaved(true);
              // The form starts again from what was saved, not from the copy fetched before.
              queryClient.setQueryData<TitleDetail>(deskKeys.title(id), (old) =>
                old ? { ...old, ...title } : old,
              );
            }}
            onCancel={onClose}
          />
          <CopiesPanel titleId={id} />
          <HoldsPanel titleId={id} />
        </>
      )}
    </div>
  );
}
