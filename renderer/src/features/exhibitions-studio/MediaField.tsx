import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaUrl, type MediaKind } from '../../../../electron/shared/media.types';
import { MediaPickButton } from '../../components/MediaPickButton';
import { useErrorText } from '../../lib/error-text';
import { MediaPicker } from './MediaPicker';
import type { FormText, Lang } from './studio-form';
import { TextTrio } from './TextTrio';

/** Each file's own caption (a photo of a set, a page of a document), edited one at a time. */
export interface FileCaptions {
  of: (mediaId: string) => FormText;
  set: (mediaId: string, caption: FormText) => void;
  errorOf: (index: number) => (lang: Lang) => string | null;
}

/**
 * The files of an exhibit (or the exhibition's cover): a new upload, or one already in the media
 * store; `single` keeps one (a photo, a video, a recording, the cover), else files add up.
 */
export function MediaField(props: {
  legend: string;
  kind: MediaKind;
  single: boolean;
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | null;
  captions?: FileCaptions;
}) {
  const { legend, kind, single, value, onChange, error, captions } = props;
  const { t } = useTranslation('exhibitions-studio');
  const errorText = useErrorText();
  const [problem, setProblem] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [captionOf, setCaptionOf] = useState<string | null>(null);
  const editing = captionOf !== null && value.includes(captionOf) ? captionOf : null;
  const add = (mediaId: string) => {
    setProblem(null);
    if (single) onChange([mediaId]);
    else if (!value.includes(mediaId)) onChange([...value, mediaId]);
  };
  const shown = problem ?? error ?? null;
  return (
    <fieldset className="exhibitions-studio-media">
      <legend>{legend}</legend>
      {value.length === 0 ? (
        <p className="exhibitions-studio-none">{t('exhibit.mediaNone')}</p>
      ) : (
        <ul className="exhibitions-studio-media-list">
          {value.map((mediaId, i) => (
            <li key={mediaId}>
              {kind === 'image' ? (
                <img src={mediaUrl(mediaId, 'thumb')} alt={t('exhibit.mediaAlt', { n: i + 1 })} />
              ) : (
                <span className="exhibitions-studio-media-file">{t('exhibit.mediaAlt', { n: i + 1 })}</span>
              )}
              {captions && (
                <button
                  type="button"
                  className="btn btn-quiet btn-small"
                  aria-expanded={editing === mediaId}
                  onClick={() => setCaptionOf(editing === mediaId ? null : mediaId)}
                >
                  {captions.of(mediaId)['zh-CN'].trim() ? t('exhibit.captionEdit') : t('exhibit.captionAdd')}
                  <span className="visually-hidden"> {t('exhibit.mediaAlt', { n: i + 1 })}</span>
                </button>
              )}
              <button
                type="button"
                className="btn btn-quiet btn-small"
                onClick={() => onChange(value.filter((x) => x !== mediaId))}
              >
                {t('exhibit.removeMedia')}
                <span className="visually-hidden"> {t('exhibit.mediaAlt', { n: i + 1 })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {captions && editing && (
        <TextTrio
          label={t('exhibit.mediaCaption', { n: value.indexOf(editing) + 1 })}
          value={captions.of(editing)}
          onChange={(caption) => captions.set(editing, caption)}
          maxLength={400}
          errorOf={captions.errorOf(value.indexOf(editing))}
        />
      )}
      <div className="exhibitions-studio-media-actions">
        <MediaPickButton
          kinds={[kind]}
          label={t('exhibit.upload')}
          className="btn btn-secondary"
          onPicked={(media) => add(media.id)}
          onError={(err) => setProblem(errorText(err))}
        />
        <button type="button" className="btn btn-secondary" onClick={() => setPicking(true)}>
          {t('exhibit.pick')}
        </button>
      </div>
      {shown && (
        <p className="form-error" role="alert">
          {shown}
        </p>
      )}
      {picking && (
        <MediaPicker
          kind={kind}
          chosen={value}
          onPick={(media) => {
            add(media.id);
            if (single) setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      )}
    </fieldset>
  );
}
