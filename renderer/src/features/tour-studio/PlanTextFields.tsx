import { useTranslation } from 'react-i18next';
import { PLAN_LIMITS, type PlanText } from '../../../../electron/shared/tour.types';
import { TextField } from '../../components/keyboard/TextField';

/** A plan's text as its three fields: 简体 (the one a plan must have), 繁體 and English. */
function parts(text: PlanText): { zh: string; tw: string; en: string } {
  return typeof text === 'string'
    ? { zh: text, tw: '', en: '' }
    : { zh: text['zh-CN'], tw: text['zh-TW'] ?? '', en: text.en ?? '' };
}

/** The three fields back as a plan's text: 简体 alone when the others are empty. */
export function planText(zh: string, tw: string, en: string): PlanText {
  const t = tw.trim();
  const e = en.trim();
  if (t === '' && e === '') return zh;
  return { 'zh-CN': zh, ...(t === '' ? {} : { 'zh-TW': tw }), ...(e === '' ? {} : { en }) };
}

/**
 * A name or a caption of the plan in the three languages. 繁體 left empty is derived from 简体 when
 * visitors read it; English left empty shows 简体 with a note.
 */
export function PlanTextFields(props: {
  legend: string;
  value: PlanText;
  onChange: (text: PlanText) => void;
  error?: string | null;
}) {
  const { legend, value, onChange, error } = props;
  const { t } = useTranslation('tour-studio');
  const { zh, tw, en } = parts(value);
  const max = PLAN_LIMITS.textLength;
  return (
    <fieldset className="tour-studio-text">
      <legend>{legend}</legend>
      <TextField
        label={t('text.zh')}
        kind="words"
        maxLength={max}
        value={zh}
        error={error ?? (zh.trim() === '' ? t('text.needed') : null)}
        onChange={(v) => onChange(planText(v, tw, en))}
      />
      <TextField
        label={t('text.tw')}
        hint={t('text.twHint')}
        kind="words"
        maxLength={max}
        value={tw}
        onChange={(v) => onChange(planText(zh, v, en))}
      />
      <TextField
        label={t('text.en')}
        hint={t('text.enHint')}
        kind="words"
        maxLength={max}
        value={en}
        onChange={(v) => onChange(planText(zh, tw, v))}
      />
    </fieldset>
  );
}
