import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../../../../../electron/shared/media.types';
import { MediaPickButton } from '../../../components/MediaPickButton';
import { useErrorText } from '../../../lib/error-text';
import './cover-photo.css';

/**
 * The cover photo of a title: a picture of the book taken at the desk, uploaded to the media
 * store at once and kept in the form by its id, saved with the title. Visitors see it on the
 * book's page instead of the generated cover.
 */
export function CoverPhotoField(props: { value: string | null; onChange: (cover: string | null) => void }) {
  const { value, onChange } = props;
  const { t } = useTranslation('library-desk');
  const errorText = useErrorText();
  const [problem, setProblem] = useState<string | null>(null);

  return (
    <fieldset className="library-cover-photo" aria-describedby="cover-photo-hint">
      <legend>{t('title.cover')}</legend>
      <div className="library-cover-photo-row">
        {value ? (
          <img
            className="library-cover-photo-preview"
            src={mediaUrl(value, 'thumb')}
            alt={t('title.coverPreview')}
          />
        ) : (
          <p className="library-cover-photo-none">{t('title.coverNone')}</p>
        )}
        <div className="library-cover-photo-actions">
          <MediaPickButton
            kinds={['image']}
            label={value ? t('title.coverChange') : t('title.coverAdd')}
            onPicked={(media) => {
              setProblem(null);
              onChange(media.id);
            }}
            onError={(err) => setProblem(errorText(err))}
          />
          {value && (
            <button type="button" className="btn btn-secondary" onClick={() => onChange(null)}>
              {t('title.coverRemove')}
            </button>
          )}
        </div>
      </div>
      <p id="cover-photo-hint" className="field-hint">
        {t('title.coverHint')}
      </p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
