import { useTranslation } from 'react-i18next';
import { EXHIBIT_TYPES, type ExhibitType } from '../../../../electron/shared/exhibitions.types';
import type { MediaKind } from '../../../../electron/shared/media.types';
import { Choice } from '../../components/Choice';
import { Segmented } from '../../components/Segmented';
import { TextField } from '../../components/keyboard/TextField';
import { LinksField } from './LinksField';
import { MediaField } from './MediaField';
import { SubtitlesField } from './SubtitlesField';
import { TextTrio } from './TextTrio';
import { emptyText, PLAYABLE, type FormExhibit, type FormText, type Lang } from './studio-form';

const KIND_OF: Record<ExhibitType, MediaKind | null> = {
  photoSet: 'image',
  photo: 'image',
  document: 'image',
  video: 'video',
  audio: 'audio',
  text: null,
};
const SINGLE: ReadonlySet<ExhibitType> = new Set(['photo', 'video', 'audio']);

type TextKey = 'title' | 'caption' | 'body' | 'place' | 'people' | 'credit';
const TEXTS: readonly { key: TextKey; max: number }[] = [
  { key: 'caption', max: 400 },
  { key: 'body', max: 4000 },
  { key: 'place', max: 80 },
  { key: 'people', max: 200 },
  { key: 'credit', max: 200 },
];

/**
 * One exhibit's fields; `errorAt` answers the refusal of a field by its path under this exhibit,
 * `linkable` the other exhibits of the exhibition it may link to.
 */
export function ExhibitEditor(props: {
  exhibit: FormExhibit;
  onChange: (exhibit: FormExhibit) => void;
  errorAt: (path: string) => string | null;
  linkable: readonly { uid: string; title: string }[];
}) {
  const { exhibit, onChange, errorAt, linkable } = props;
  const { t } = useTranslation('exhibitions-studio');
  const { t: visitor } = useTranslation('exhibitions');
  const set = (patch: Partial<FormExhibit>) => onChange({ ...exhibit, ...patch });
  const textErrors = (key: string) => (lang: Lang) =>
    errorAt(`${key}.${lang}`) ?? (lang === 'zh-CN' ? errorAt(key) : null);
  const kind = KIND_OF[exhibit.type];
  const changeType = (type: ExhibitType) => {
    const nextKind = KIND_OF[type];
    // Files of another kind cannot stay (the core refuses them); a single-file type keeps the first.
    const media = nextKind !== kind ? [] : SINGLE.has(type) ? exhibit.media.slice(0, 1) : exhibit.media;
    set({ type, media });
  };
  const captionOf = (mediaId: string): FormText =>
    exhibit.media.find((m) => m.mediaId === mediaId)?.caption ?? emptyText();

  return (
    <div className="exhibitions-studio-exhibit-fields">
      <div className="exhibitions-studio-choice">
        <span className="exhibitions-studio-choice-label" aria-hidden="true">
          {t('exhibit.type')}
        </span>
        <Segmented<ExhibitType>
          label={t('exhibit.type')}
          value={exhibit.type}
          onChange={changeType}
          options={EXHIBIT_TYPES.map((type) => ({ value: type, label: visitor(`types.${type}`) }))}
        />
      </div>
      <TextTrio
        label={t('exhibit.title')}
        value={exhibit.title}
        onChange={(title) => set({ title })}
        maxLength={80}
        required
        errorOf={textErrors('title')}
      />
      {kind === null ? (
        <p className="exhibitions-studio-none">{t('exhibit.mediaNotNeeded')}</p>
      ) : (
        <MediaField
          legend={t('exhibit.media')}
          kind={kind}
          single={SINGLE.has(exhibit.type)}
          value={exhibit.media.map((m) => m.mediaId)}
          onChange={(ids) => set({ media: ids.map((mediaId) => ({ mediaId, caption: captionOf(mediaId) })) })}
          error={errorAt('media')}
          captions={
            SINGLE.has(exhibit.type)
              ? undefined
              : {
                  of: captionOf,
                  set: (mediaId, caption) =>
                    set({ media: exhibit.media.map((m) => (m.mediaId === mediaId ? { ...m, caption } : m)) }),
                  errorOf: (index) => textErrors(`media.${index}.caption`),
                }
          }
        />
      )}
      {PLAYABLE.has(exhibit.type) && (
        <SubtitlesField
          value={exhibit.subtitles}
          onChange={(subtitles) => set({ subtitles })}
          errorOf={(lang) => errorAt(`subtitles.${lang}`) ?? (lang === 'zh-CN' ? errorAt('subtitles') : null)}
        />
      )}
      <div className="form-row">
        <TextField
          label={t('exhibit.date')}
          kind="code"
          value={exhibit.date}
          onChange={(date) => set({ date })}
          maxLength={30}
          hint={t('exhibit.dateHint')}
          error={errorAt('date')}
        />
        <TextField
          label={t('exhibit.tags')}
          kind="words"
          value={exhibit.tags}
          onChange={(tags) => set({ tags })}
          maxLength={400}
          hint={t('exhibit.tagsHint')}
          error={errorAt('tags')}
        />
      </div>
      <div className="exhibitions-studio-choice">
        <Choice checked={exhibit.highlight} onChange={(highlight) => set({ highlight })}>
          {t('exhibit.highlight')}
        </Choice>
        <p className="field-hint">{t('exhibit.highlightHint')}</p>
      </div>
      {TEXTS.map(({ key, max }) => (
        <TextTrio
          key={key}
          label={t(`exhibit.${key}`)}
          value={exhibit[key]}
          onChange={(value) => set({ [key]: value })}
          maxLength={max}
          errorOf={textErrors(key)}
        />
      ))}
      <LinksField
        links={exhibit.links}
        onChange={(links) => set({ links })}
        exhibits={linkable}
        error={errorAt('links')}
      />
    </div>
  );
}
