import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTY_PERIODS, type PartyPeriod } from '../../../../electron/shared/exhibitions.types';
import { Choice } from '../../components/Choice';
import { ExhibitEditor } from './ExhibitEditor';
import { SortableList } from './SortableList';
import { TextTrio } from './TextTrio';
import { emptyExhibit, type FormExhibit, type FormSection, type Lang } from './studio-form';

/**
 * One section: its title, introduction and period, then its exhibits in order. One exhibit is
 * open for editing at a time (a new one opens at once; one with a refusal opens by itself).
 */
export function SectionEditor(props: {
  section: FormSection;
  index: number;
  onChange: (section: FormSection) => void;
  onRemove: () => void;
  errorAt: (path: string) => string | null;
  hasErrorIn: (path: string) => boolean;
  /** The exhibits of the exhibition the exhibit of this key may link to. */
  linkable: (key: string) => readonly { uid: string; title: string }[];
}) {
  const { section, index, onChange, onRemove, errorAt, hasErrorIn, linkable } = props;
  const { t } = useTranslation('exhibitions-studio');
  const { t: visitor } = useTranslation('exhibitions');
  const [open, setOpen] = useState<string | null>(null);
  const set = (patch: Partial<FormSection>) => onChange({ ...section, ...patch });
  const textErrors = (key: string) => (lang: Lang) =>
    errorAt(`${key}.${lang}`) ?? (lang === 'zh-CN' ? errorAt(key) : null);
  const exhibitName = (x: FormExhibit, i: number) =>
    t('exhibit.heading', { n: i + 1, title: x.title['zh-CN'].trim() || t('section.untitled') });
  const periodName = `period-${section.key}`;

  return (
    <div className="exhibitions-studio-section-fields">
      <TextTrio
        label={t('section.title')}
        value={section.title}
        onChange={(title) => set({ title })}
        maxLength={80}
        required
        errorOf={textErrors('title')}
      />
      <TextTrio
        label={t('section.intro')}
        value={section.intro}
        onChange={(intro) => set({ intro })}
        maxLength={2000}
        errorOf={textErrors('intro')}
      />
      <fieldset className="exhibitions-studio-periods">
        <legend>{t('section.period')}</legend>
        <Choice
          type="radio"
          name={periodName}
          checked={section.period === null}
          onChange={() => set({ period: null })}
        >
          {t('section.noPeriod')}
        </Choice>
        {PARTY_PERIODS.map((p: PartyPeriod) => (
          <Choice
            key={p}
            type="radio"
            name={periodName}
            checked={section.period === p}
            onChange={() => set({ period: p })}
          >
            {visitor(`periods.${p}`)}
          </Choice>
        ))}
      </fieldset>
      <h4 className="exhibitions-studio-subhead">
        {t('section.exhibits')} · {t('section.exhibitCount', { count: section.exhibits.length })}
      </h4>
      {section.exhibits.length === 0 && <p className="exhibitions-studio-none">{t('section.noExhibits')}</p>}
      <SortableList
        items={section.exhibits}
        label={t('section.exhibits')}
        nameOf={exhibitName}
        onChange={(exhibits) => set({ exhibits })}
        render={(x, j) => {
          const at = `exhibits.${j}`;
          const editing = open === x.key || hasErrorIn(at);
          return (
            <div className="exhibitions-studio-exhibit">
              <div className="exhibitions-studio-exhibit-head">
                <h5 className="exhibitions-studio-exhibit-title">
                  <span className="exhibitions-studio-tag">{visitor(`types.${x.type}`)}</span>{' '}
                  {exhibitName(x, j)}
                  {x.date.trim() !== '' && <span className="exhibitions-studio-date"> {x.date}</span>}
                </h5>
                <button
                  type="button"
                  className="btn btn-secondary btn-small"
                  aria-expanded={editing}
                  onClick={() => setOpen(editing ? null : x.key)}
                >
                  {editing ? t('exhibit.close') : t('exhibit.edit')}
                  <span className="visually-hidden"> {exhibitName(x, j)}</span>
                </button>
                <button
                  type="button"
                  className="btn btn-quiet btn-small"
                  onClick={() => set({ exhibits: section.exhibits.filter((e) => e.key !== x.key) })}
                >
                  {t('exhibit.remove')}
                  <span className="visually-hidden"> {exhibitName(x, j)}</span>
                </button>
              </div>
              {editing && (
                <ExhibitEditor
                  exhibit={x}
                  onChange={(next) =>
                    set({ exhibits: section.exhibits.map((e) => (e.key === x.key ? next : e)) })
                  }
                  errorAt={(path) => errorAt(`${at}.${path}`)}
                  linkable={linkable(x.key)}
                />
              )}
            </div>
          );
        }}
      />
      <div className="exhibitions-studio-row-actions">
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => {
            const x = emptyExhibit();
            set({ exhibits: [...section.exhibits, x] });
            setOpen(x.key);
          }}
        >
          {t('section.addExhibit')}
          <span className="visually-hidden">
            {' '}
            {t('section.heading', { n: index + 1, title: section.title['zh-CN'] || t('section.untitled') })}
          </span>
        </button>
        <button type="button" className="btn btn-quiet" onClick={onRemove}>
          {t('section.remove')}
          <span className="visually-hidden"> {section.title['zh-CN']}</span>
        </button>
      </div>
    </div>
  );
}
