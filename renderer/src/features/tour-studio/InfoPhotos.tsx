import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../../../../electron/shared/media.types';
import { MediaPickButton } from '../../components/MediaPickButton';
import { useErrorText } from '../../lib/error-text';

/** As many photos as an information point shows (core's limit). */
const PHOTOS_MAX = 12;

/** An information point's photos: each with its remove button, and one more from the media store. */
export function InfoPhotos(props: { photos: readonly string[]; onChange: (photos: string[]) => void }) {
  const { photos, onChange } = props;
  const { t } = useTranslation('tour-studio');
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  return (
    <fieldset className="tour-studio-photos">
      <legend>{t('photos.legend')}</legend>
      {photos.length === 0 && <p>{t('photos.none')}</p>}
      <ul>
        {photos.map((id, i) => (
          <li key={id}>
            <img src={mediaUrl(id, 'thumb')} alt={t('photos.alt', { n: i + 1 })} />
            <button
              type="button"
              className="btn btn-quiet"
              onClick={() => onChange(photos.filter((p) => p !== id))}
            >
              {t('photos.remove', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ul>
      {photos.length < PHOTOS_MAX && (
        <MediaPickButton
          kinds={['image']}
          label={t('photos.add')}
          className="btn btn-secondary"
          onPicked={(media) => {
            setError(null);
            if (!photos.includes(media.id)) onChange([...photos, media.id]);
          }}
          onError={(e) => setError(errorText(e))}
        />
      )}
      {error && <p className="form-error">{error}</p>}
    </fieldset>
  );
}
