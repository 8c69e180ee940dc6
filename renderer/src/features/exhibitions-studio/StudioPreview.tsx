import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EXHIBITION_KIND } from '../../../../electron/shared/exhibitions.types';
import { PublishingBadge } from '../../components/publishing/PublishingBadge';
import { invoke } from '../../lib/api';
import { useErrorText } from '../../lib/error-text';
import { findExhibit } from '../exhibitions/exhibit/find-exhibit';
import { ExhibitView } from '../exhibitions/exhibit/ExhibitScreen';
import { ExhibitionView } from '../exhibitions/exhibition/ExhibitionScreen';
import { studioKeys } from './studio-queries';
import '../exhibitions/exhibitions.css';
import '../exhibitions/exhibit/exhibit.css';
import '../exhibitions/viewer/viewer.css';
import '../exhibitions/player/player.css';

/**
 * The saved draft as a visitor would see it, drawn by the visitors' own screens; from here the
 * curator submits it for review. The open exhibit and photo are in the address, so the screens'
 * own "back" goes back through them.
 */
export function StudioPreview(props: {
  id: number;
  exhibit: string | null;
  photo: number | null;
  onExhibit: (uid: string) => void;
  onPhoto: (index: number | null, replace: boolean) => void;
  onEdit: () => void;
}) {
  const { id, exhibit, photo, onExhibit, onPhoto, onEdit } = props;
  const { t } = useTranslation('exhibitions-studio');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const preview = useQuery({
    queryKey: studioKeys.preview(id),
    queryFn: () => invoke('exhibitions.preview', { id }),
  });
  const status = useQuery({
    queryKey: ['publishing', 'status', EXHIBITION_KIND, id],
    queryFn: () => invoke('publishing.status', { kind: EXHIBITION_KIND, contentId: id }),
  });
  const submit = useMutation({
    mutationFn: () => invoke('publishing.submit', { kind: EXHIBITION_KIND, contentId: id }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['exhibitions'] }),
        queryClient.invalidateQueries({ queryKey: ['publishing'] }),
      ]),
  });
  const state = status.data?.state ?? 'draft';
  const found = exhibit !== null && preview.data ? findExhibit(preview.data, exhibit) : null;

  return (
    <div className="exhibitions-studio-preview">
      <div className="exhibitions-studio-preview-bar" role="region" aria-label={t('preview.heading')}>
        <p className="exhibitions-studio-preview-note">
          <strong>{t('preview.heading')}</strong> {t('preview.note')}{' '}
          <PublishingBadge status={status.data ?? null} />
        </p>
        <div className="exhibitions-studio-actions">
          <button type="button" className="btn btn-secondary btn-large" onClick={onEdit}>
            {t('preview.back')}
          </button>
          {state !== 'in_review' && (
            <button
              type="button"
              className="btn btn-primary btn-large"
              disabled={submit.isPending || !preview.data}
              onClick={() => submit.mutate()}
            >
              {t('preview.submit')}
            </button>
          )}
        </div>
        {submit.isSuccess && (
          <p className="notice notice-ok" role="status">
            {t('preview.submitted')}
          </p>
        )}
        {!submit.isSuccess && state === 'in_review' && <p className="notice">{t('preview.inReview')}</p>}
        {submit.isError && (
          <p className="form-error" role="alert">
            {errorText(submit.error)}
          </p>
        )}
      </div>
      {preview.isError && (
        <p className="form-error" role="alert">
          {errorText(preview.error)}
        </p>
      )}
      {!preview.data && !preview.isError && <p role="status">{t('preview.loading')}</p>}
      <div className="exhibitions">
        {preview.data && found && (
          <ExhibitView
            exhibition={preview.data}
            exhibit={found.exhibit}
            photo={photo}
            onPhoto={onPhoto}
            onExhibit={onExhibit}
          />
        )}
        {preview.data && !found && <ExhibitionView data={preview.data} onOpen={(x) => onExhibit(x.uid)} />}
      </div>
    </div>
  );
}
