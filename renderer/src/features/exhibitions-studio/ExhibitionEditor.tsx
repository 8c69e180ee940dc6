import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXHIBITION_KIND } from '../../../../electron/shared/exhibitions.types';
import { PublishingPanel } from '../../components/publishing/PublishingPanel';
import { invoke } from '../../lib/api';
import { useErrorText } from '../../lib/error-text';
import { EditorForm } from './EditorForm';
import { emptyForm, formOf } from './studio-form';
import { studioKeys } from './studio-queries';

export const NEW_FORM = 'exhibitions-studio.exhibition.new';
export const formIdOf = (id: number) => `exhibitions-studio.exhibition.${id}`;

/**
 * A new exhibition, or a saved one with where it stands in review (the shell's panel: the reason
 * it was returned, withdraw, the approved versions and, for a reviewer, rollback). While it waits
 * for review or is archived it is not edited (the core would refuse the save).
 */
export function ExhibitionEditor(props: {
  id: number | null;
  /** Said once after a save that stays in the editor (the editor of a new one is another after it). */
  justSaved: boolean;
  onSaved: (id: number, after: 'stay' | 'preview') => void;
  onPreview: (id: number) => void;
  onBack: () => void;
}) {
  const { id, justSaved, onSaved, onPreview, onBack } = props;
  const { t } = useTranslation('exhibitions-studio');
  const errorText = useErrorText();
  // The form is filled from the saved draft when opened and after each save, not at every refetch.
  const [round, setRound] = useState(0);
  const draft = useQuery({
    queryKey: studioKeys.draft(id ?? 0),
    queryFn: () => invoke('exhibitions.draft', { id: id ?? 0 }),
    enabled: id !== null,
  });
  const drafts = useQuery({
    queryKey: studioKeys.drafts,
    queryFn: () => invoke('exhibitions.drafts', {}),
    enabled: id !== null,
  });
  const initial = useMemo(() => (draft.data ? formOf(draft.data) : emptyForm()), [draft.data]);
  const status = drafts.data?.find((x) => x.id === id)?.publishing ?? null;

  if (id === null) {
    return <EditorForm formId={NEW_FORM} initial={initial} onSaved={onSaved} onBack={onBack} />;
  }
  if (draft.isError)
    return (
      <p className="form-error" role="alert">
        {errorText(draft.error)}
      </p>
    );
  if (!draft.data || !drafts.data) return <p role="status">{t('list.loading')}</p>;
  const locked = status?.state === 'in_review' || status?.state === 'archived';
  return (
    <div className="exhibitions-studio-editor">
      <PublishingPanel kind={EXHIBITION_KIND} contentId={id} status={status} />
      {justSaved && (
        <p className="notice notice-ok" role="status">
          {t('editor.saved')}
        </p>
      )}
      {locked ? (
        <div className="panel">
          <h2>{t('editor.editTitle', { title: draft.data.title['zh-CN'] })}</h2>
          <p>{status?.state === 'archived' ? t('editor.archivedLocked') : t('editor.locked')}</p>
          <div className="exhibitions-studio-actions">
            <button type="button" className="btn btn-primary btn-large" onClick={() => onPreview(id)}>
              {t('preview.heading')}
            </button>
            <button type="button" className="btn btn-quiet" onClick={onBack}>
              {t('editor.back')}
            </button>
          </div>
        </div>
      ) : (
        <EditorForm
          key={round}
          formId={formIdOf(id)}
          initial={initial}
          onSaved={(savedId, after) => {
            void draft.refetch().then(() => setRound((n) => n + 1));
            onSaved(savedId, after);
          }}
          onBack={onBack}
        />
      )}
    </div>
  );
}
