import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseVtt, VttError } from '../../../../electron/shared/webvtt';
import { emptyText, LANGS, type FormText, type Lang } from './studio-form';

/** What a language's WebVTT reads as now: nothing given, its cues counted, or where it stops. */
type Reading = { state: 'empty' } | { state: 'cues'; count: number } | { state: 'refused'; line: number };

function readingOf(source: string): Reading {
  if (source.trim() === '') return { state: 'empty' };
  try {
    return { state: 'cues', count: parseVtt(source.trim()).length };
  } catch (e) {
    if (e instanceof VttError) return { state: 'refused', line: e.line };
    throw e;
  }
}

/** WebVTT files are small; a larger one is not subtitles (the save takes 200,000 characters). */
const MAX_CHARS = 200_000;

/**
 * A video's or a recording's subtitles, WebVTT per language: a `.vtt` file picked (read here) or
 * the text pasted. 简体 is needed when any is given; 繁體 left empty is derived from it at save;
 * English is optional. Each language says how many lines it read, or the core's refusal with the
 * line where reading stopped (the same reader the save uses).
 */
export function SubtitlesField(props: {
  value: FormText;
  onChange: (value: FormText) => void;
  errorOf: (lang: Lang) => string | null;
}) {
  const { value, onChange, errorOf } = props;
  const { t } = useTranslation('exhibitions-studio');
  const { t: area } = useTranslation('exhibitions');
  const id = useId();
  const [tooLarge, setTooLarge] = useState<Lang | null>(null);
  const any = LANGS.some((lang) => value[lang].trim() !== '');
  const set = (lang: Lang, source: string) => {
    setTooLarge(null);
    onChange({ ...value, [lang]: source });
  };
  const pick = async (lang: Lang, file: File) => {
    const source = await file.text();
    if (source.length > MAX_CHARS) setTooLarge(lang);
    else set(lang, source);
  };

  return (
    <fieldset className="exhibitions-studio-subtitles" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`}>{t('subtitles.legend')}</legend>
      <p className="field-hint">{t('subtitles.hint')}</p>
      {LANGS.map((lang) => {
        const label = t(`text.${lang}`, { label: t('subtitles.label') });
        const reading = readingOf(value[lang]);
        // Read here as the save reads it: the save's own refusal stands only while nothing reads.
        let refused: string | null = errorOf(lang);
        if (reading.state === 'cues') refused = null;
        if (reading.state === 'refused')
          refused = `${area('errors.subtitles_unreadable')} ${t('subtitles.line', { line: reading.line })}`;
        if (tooLarge === lang) refused = t('subtitles.tooLarge');
        const status =
          reading.state === 'cues'
            ? t('subtitles.cues', { count: reading.count })
            : t(`subtitles.empty.${lang === 'zh-CN' ? 'zhCN' : lang === 'zh-TW' ? 'zhTW' : 'en'}`);
        const areaId = `${id}-${lang}`;
        return (
          <div key={lang} className="exhibitions-studio-subtitle">
            <label htmlFor={areaId} className="exhibitions-studio-choice-label">
              {label}
            </label>
            <textarea
              id={areaId}
              className="exhibitions-studio-vtt"
              value={value[lang]}
              onChange={(e) => set(lang, e.target.value)}
              rows={value[lang] === '' ? 3 : 8}
              spellCheck={false}
              placeholder={'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n…'}
              aria-describedby={`${areaId}-status`}
              aria-invalid={refused ? true : undefined}
            />
            <p
              id={`${areaId}-status`}
              className={refused ? 'form-error' : 'field-hint'}
              role={refused ? 'alert' : 'status'}
            >
              {refused ?? status}
            </p>
            <div className="exhibitions-studio-media-actions">
              <label className="btn btn-secondary exhibitions-studio-file">
                {t('subtitles.file')}
                <span className="visually-hidden"> {label}</span>
                <input
                  type="file"
                  className="visually-hidden"
                  accept=".vtt,text/vtt"
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    e.target.value = '';
                    if (file) void pick(lang, file);
                  }}
                />
              </label>
              {value[lang] !== '' && (
                <button type="button" className="btn btn-quiet" onClick={() => set(lang, '')}>
                  {t('subtitles.clear')}
                  <span className="visually-hidden"> {label}</span>
                </button>
              )}
            </div>
          </div>
        );
      })}
      {any && (
        <div className="exhibitions-studio-media-actions">
          <button type="button" className="btn btn-secondary" onClick={() => onChange(emptyText())}>
            {t('subtitles.removeAll')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
