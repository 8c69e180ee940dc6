import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../../../electron/shared/media.types';
import { useErrorText } from '../lib/error-text';
import { MediaPickButton } from './MediaPickButton';
import './photos-field.css';

/**
 * Photos from the media store for a staff form (a room, an event, an information point): each with
 * its remove button, and one more from the staff PC's files, up to `max`.
 */
export function PhotosField(props: {
  legend: string;
  value: readonly string[];
  max: number;
  onChange: (ids: string[]) => void;
}) {
  const { legend, value, max, onChange } = props;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <fieldset className="photos-field">
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
      {value.length < max ? (
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
        <p className="field-hint">{t('photos.full', { max })}</p>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
