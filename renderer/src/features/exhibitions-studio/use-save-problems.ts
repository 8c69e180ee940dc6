import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../../lib/api';
import { useErrorText } from '../../lib/error-text';
import { fieldOfRefusal, pathOf, type ExhibitionForm, type FieldPath } from './studio-form';

export interface SaveProblems {
  /** A message per field, by its path in the form (`sections.0.exhibits.1.date`, `title.en`). */
  fields: Record<FieldPath, string>;
  /** What is said above the buttons: the refusal as a sentence, or "correct the fields marked". */
  general: string | null;
}

/** The fields a picture's own caption, a tag or a link sit under, where the editor shows their refusal. */
function shownPath(path: FieldPath): FieldPath {
  return path.replace(/\.(media|tags|links)\.\d+.*$/, '.$1');
}

/**
 * A refused save in the curator's language, field by field where the core names the field: an
 * input issue by its path, a refusal of the core by the exhibit it names (its date, its files).
 */
export function useSaveProblems() {
  const { t } = useTranslation('exhibitions-studio');
  const { t: errors } = useTranslation('errors');
  const { t: area } = useTranslation('exhibitions');
  const errorText = useErrorText();
  return useCallback(
    (form: ExhibitionForm, error: unknown): SaveProblems => {
      if (!(error instanceof ApiFailure)) return { fields: {}, general: errorText(error) };
      if (error.code === 'invalid_input' && error.issues && error.issues.length > 0) {
        const fields: Record<FieldPath, string> = {};
        for (const issue of error.issues) {
          const path = shownPath(pathOf(issue.path));
          fields[path] ??= errors(`fields.${issue.code}`, { defaultValue: errors('fields.other') });
        }
        return { fields, general: t('editor.fix') };
      }
      const details = error.details ?? {};
      const sentence =
        error.code.startsWith('exhibit') || error.code.startsWith('subtitles')
          ? area(`errors.${error.code}` as 'errors.exhibit_not_found', {
              ...Object.fromEntries(Object.entries(details).map(([k, v]) => [k, String(v)])),
              defaultValue: errorText(error),
            })
          : errorText(error);
      const field = fieldOfRefusal(form, error.code, details);
      return { fields: field === null ? {} : { [field]: sentence }, general: sentence };
    },
    [t, errors, area, errorText],
  );
}
