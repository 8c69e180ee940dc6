import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { invoke } from '../../lib/api';
import { hasDraft, useDraft } from '../../lib/drafts';
import { MediaField } from './MediaField';
import { SectionEditor } from './SectionEditor';
import { SortableList } from './SortableList';
import { TextTrio } from './TextTrio';
import {
  draftOf,
  emptySection,
  linkableExhibits,
  missingRequired,
  within,
  type ExhibitionForm,
  type FormSection,
  type Lang,
} from './studio-form';
import { useSaveProblems, type SaveProblems } from './use-save-problems';

type After = 'stay' | 'preview';

/**
 * The exhibition's draft as the curator writes it. Everything typed is kept in a local draft
 * (`formId`) until a save succeeds, so a reload or a refused save loses nothing.
 */
export function EditorForm(props: {
  formId: string;
  initial: ExhibitionForm;
  onSaved: (id: number, after: After) => void;
  onBack: () => void;
}) {
  const { formId, initial, onSaved, onBack } = props;
  const { t } = useTranslation('exhibitions-studio');
  const queryClient = useQueryClient();
  const problemsOf = useSaveProblems();
  const [restored, setRestored] = useState(() => hasDraft(formId));
  const [form, change, discard] = useDraft<ExhibitionForm>(formId, initial);
  const [problems, setProblems] = useState<SaveProblems>({ fields: {}, general: null });
  const [removing, setRemoving] = useState<FormSection | null>(null);

  const save = useMutation({
    mutationFn: (_after: After) => invoke('exhibitions.save', draftOf(form)),
    onSuccess: async ({ id }, after) => {
      discard();
      await queryClient.invalidateQueries({ queryKey: ['exhibitions'] });
      onSaved(id, after);
    },
    onError: (error) => setProblems(problemsOf(form, error)),
  });

  const submit = (after: After) => (e?: FormEvent) => {
    e?.preventDefault();
    const missing = missingRequired(form);
    if (missing.length > 0) {
      setProblems({
        fields: Object.fromEntries(missing.map((p) => [p, t('editor.required')])),
        general: t('editor.fix'),
      });
      return;
    }
    setProblems({ fields: {}, general: null });
    save.mutate(after);
  };

  const errorAt = (path: string) => problems.fields[path] ?? null;
  const hasErrorIn = (prefix: string) => Object.keys(problems.fields).some((p) => within(p, prefix));
  const textErrors = (key: string) => (lang: Lang) =>
    errorAt(`${key}.${lang}`) ?? (lang === 'zh-CN' ? errorAt(key) : null);
  const sectionName = (s: FormSection, i: number) =>
    t('section.heading', { n: i + 1, title: s.title['zh-CN'].trim() || t('section.untitled') });
  const title = form.title['zh-CN'].trim();

  return (
    <form
      className="form exhibitions-studio-form"
      onSubmit={submit('stay')}
      noValidate
      aria-labelledby="exhibitions-studio-form-title"
    >
      <h2 id="exhibitions-studio-form-title">
        {form.id === undefined ? t('editor.newTitle') : t('editor.editTitle', { title })}
      </h2>
      {restored && (
        <p className="notice" role="status">
          {t('editor.restored')}{' '}
          <button
            type="button"
            className="btn btn-quiet btn-small"
            onClick={() => {
              discard();
              setRestored(false);
              setProblems({ fields: {}, general: null });
            }}
          >
            {t('editor.discard')}
          </button>
        </p>
      )}
      <fieldset className="exhibitions-studio-about panel">
        <legend>{t('editor.about')}</legend>
        <TextTrio
          label={t('editor.title')}
          value={form.title}
          onChange={(v) => change({ title: v })}
          maxLength={60}
          required
          errorOf={textErrors('title')}
        />
        <TextTrio
          label={t('editor.subtitle')}
          value={form.subtitle}
          onChange={(v) => change({ subtitle: v })}
          maxLength={120}
          errorOf={textErrors('subtitle')}
        />
        <TextTrio
          label={t('editor.intro')}
          value={form.intro}
          onChange={(v) => change({ intro: v })}
          maxLength={4000}
          errorOf={textErrors('intro')}
        />
        <MediaField
          legend={t('editor.cover')}
          kind="image"
          single
          value={form.coverMediaId === null ? [] : [form.coverMediaId]}
          onChange={(ids) => change({ coverMediaId: ids[0] ?? null })}
          error={errorAt('coverMediaId')}
        />
      </fieldset>
      <div className="exhibitions-studio-head">
        <h3>{t('editor.sections')}</h3>
        <span>{t('editor.sectionCount', { count: form.sections.length })}</span>
      </div>
      {form.sections.length === 0 && <p className="notice">{t('editor.noSections')}</p>}
      <SortableList
        items={form.sections}
        label={t('editor.sections')}
        nameOf={sectionName}
        onChange={(sections) => change({ sections })}
        render={(s, i) => (
          <section className="exhibitions-studio-section panel" aria-label={sectionName(s, i)}>
            <h4 className="exhibitions-studio-section-title">{sectionName(s, i)}</h4>
            <SectionEditor
              section={s}
              index={i}
              onChange={(next) =>
                change({ sections: form.sections.map((x) => (x.key === s.key ? next : x)) })
              }
              onRemove={() =>
                s.exhibits.length === 0
                  ? change({ sections: form.sections.filter((x) => x.key !== s.key) })
                  : setRemoving(s)
              }
              errorAt={(path) => errorAt(`sections.${i}.${path}`)}
              hasErrorIn={(path) => hasErrorIn(`sections.${i}.${path}`)}
              linkable={(key) => linkableExhibits(form, key)}
            />
          </section>
        )}
      />
      <button
        type="button"
        className="btn btn-secondary btn-large"
        onClick={() => change({ sections: [...form.sections, emptySection()] })}
      >
        {t('editor.addSection')}
      </button>
      {problems.general && (
        <div className="form-error exhibitions-studio-problems" role="alert">
          <p>{t('problems.general')}</p>
          <p>{problems.general}</p>
        </div>
      )}
      <div className="form-actions exhibitions-studio-actions">
        <button type="submit" className="btn btn-secondary btn-large" disabled={save.isPending}>
          {save.isPending ? t('editor.working') : t('editor.save')}
        </button>
        <button
          type="button"
          className="btn btn-primary btn-large"
          disabled={save.isPending}
          onClick={() => submit('preview')()}
        >
          {t('editor.preview')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={onBack}>
          {t('editor.back')}
        </button>
      </div>
      {removing && (
        <Dialog
          role="alertdialog"
          labelledBy="exhibitions-studio-remove"
          onClose={() => setRemoving(null)}
          overKeyboard
        >
          <h2 id="exhibitions-studio-remove" className="dialog-title">
            {t('section.removeConfirm', {
              title: removing.title['zh-CN'] || t('section.untitled'),
              count: removing.exhibits.length,
            })}
          </h2>
          <div className="dialog-actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                change({ sections: form.sections.filter((x) => x.key !== removing.key) });
                setRemoving(null);
              }}
            >
              {t('section.remove')}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setRemoving(null)}>
              {t('exhibit.close')}
            </button>
          </div>
        </Dialog>
      )}
    </form>
  );
}
