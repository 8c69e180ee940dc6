import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/keyboard/TextField';
import { LANGS, type FormText, type Lang } from './studio-form';

/**
 * One text in the three languages: 简体 (required where `required`), 繁體 (left empty, it is
 * derived from 简体 at save) and English, on the on-screen keyboard: the Chinese fields start in
 * pinyin, the English one on letters.
 */
export function TextTrio(props: {
  label: string;
  value: FormText;
  onChange: (value: FormText) => void;
  maxLength: number;
  required?: boolean;
  errorOf: (lang: Lang) => string | null;
}) {
  const { label, value, onChange, maxLength, required, errorOf } = props;
  const { t } = useTranslation('exhibitions-studio');
  const id = useId();
  const hint: Record<Lang, string> = {
    'zh-CN': required ? t('text.zhCNHint') : t('text.zhCNOptional'),
    'zh-TW': t('text.zhTWHint'),
    en: t('text.enHint'),
  };
  return (
    <fieldset className="exhibitions-studio-trio" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`}>{label}</legend>
      {LANGS.map((lang) => (
        <TextField
          key={lang}
          label={t(`text.${lang}`, { label })}
          // Chinese starts in pinyin; English on letters, as the centre's English name does.
          kind={lang === 'en' ? 'code' : 'words'}
          value={value[lang]}
          onChange={(text) => onChange({ ...value, [lang]: text })}
          maxLength={maxLength}
          hint={hint[lang]}
          error={errorOf(lang)}
          required={required === true && lang === 'zh-CN'}
        />
      ))}
    </fieldset>
  );
}
