import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../../../../../electron/shared/media.types';
import { PHOTOS_MAX } from '../../../../../electron/shared/venues.types';
import { MediaPickButton } from '../../../components/MediaPickButton';
import { useErrorText } from '../../../lib/error-text';

/** A room's or an event's photos: each with its remove button, and one more from the staff PC's files. */
export function PhotosField(props: {
  legend: string;
  value: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const { legend, value, onChange } = props;
  const { t } = useTranslation('venues');
  const errorText = useErrorText();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <fieldset className="venues-photos-field">
      <legend className="field-label">{legend}</legend>
      {value.length === 0 && <p className="field-hint">{t('photos.none')}</p>}
      <ul>
        {value.map((id, i) => (
          <li key={id}>
            <img src={mediaUrl(id, 'thumb')} alt={t('photos.photo', { n: i + 1 })} />
            <button
              type="button"
              className="btn btn-quiet"
              onClick={() => onChange(value.filter((x) => x !== id))}
            >
              {t('photos.remove')}
              <span className="visually-hidden"> {t('photos.photo', { n: i + 1 })}</span>
            </button>
          </li>
        ))}
      </ul>
      {value.length < PHOTOS_MAX ? (
        <MediaPickButton
          kinds={['image']}
          label={t('photos.add')}
          onPicked={(media) => {
            setProblem(null);
            if (!value.includes(media.id)) onChange([...value, media.id]);
          }}
          onError={(error) => setProblem(errorText(error))}
        />
      ) : (
        <p className="field-hint">{t('photos.full', { max: PHOTOS_MAX })}</p>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
