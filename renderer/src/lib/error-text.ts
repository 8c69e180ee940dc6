import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../electron/shared';
import { ERRORS } from '../../../electron/shared/errors';
import type { mediaErrors } from '../../../electron/shared/media.errors';
import type { platformErrors } from '../../../electron/shared/platform.errors';
import { ApiFailure } from './api';
import { formatTime } from './format';

/** The details that can stand in a sentence: strings and numbers, never i18next's own options. */
export function textValues(details: Record<string, unknown> | undefined): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(details ?? {})) {
    if (key === 'count' || key === 'context' || key === 'lng' || key === 'ns' || key === 'defaultValue')
      continue;
    if (typeof value === 'string' || typeof value === 'number') values[key] = value;
  }
  return values;
}

/** Turns anything a call can throw into one sentence in the visitor's language. */
export function useErrorText() {
  const { t, i18n } = useTranslation('errors');
  return useCallback(
    (error: unknown): string => {
      if (!(error instanceof ApiFailure)) return t('codes.internal');
      const { code, details } = error;
      if (code === 'internal' && details?.unreachable === true) return t('details.unreachable');
      if (code === 'wrong_pin' && typeof details?.remaining === 'number') {
        return t('details.wrongPinRemaining', { count: details.remaining });
      }
      if (code === 'account_locked' && typeof details?.until === 'string') {
        return t('details.lockedUntil', { time: formatTime(details.until, i18n.language) });
      }
      if (code === 'too_many_requests' && typeof details?.until === 'string') {
        return t('details.heldUntil', { time: formatTime(details.until, i18n.language) });
      }
      if (code === 'media_too_large' && typeof details?.limitMB === 'number') {
        return t('details.mediaTooLarge', { limitMB: details.limitMB });
      }
      if (code === 'media_in_use' && typeof details?.usedBy === 'string') {
        return t('details.mediaInUse', { usedBy: details.usedBy });
      }
      // A 3D model's refusal names what is wrong in it: the count, the file it refers to, the extension.
      if (code === 'media_model_triangles' && typeof details?.triangles === 'number') {
        return t('details.modelTriangles', {
          triangles: details.triangles.toLocaleString(i18n.language),
          limit: typeof details.limit === 'number' ? details.limit.toLocaleString(i18n.language) : '',
        });
      }
      if (code === 'media_model_external' && typeof details?.uri === 'string') {
        return t('details.modelExternal', { uri: details.uri });
      }
      if (code === 'media_model_extension' && typeof details?.extension === 'string') {
        return t('details.modelExtension', { extension: details.extension });
      }
      // A code's text lives with the area that declared it; the platform's in this namespace.
      const area = ERRORS.get(code)?.area ?? 'platform';
      if (area === 'platform')
        return t(`codes.${code as keyof typeof platformErrors | keyof typeof mediaErrors}`);
      // Its details (a file name, a date, a limit) fill the text's {{placeholders}}.
      return t(`${area}:errors.${code}`, { ...textValues(details), defaultValue: t('codes.internal') });
    },
    [t, i18n.language],
  );
}

/**
 * One message per field that the API refused, keyed by the input's top-level field (`staffNo`,
 * `kiosk.idleSeconds`): the field's own rule where it has one ("a PIN is 4 to 12 digits"), else
 * what kind of mistake it is.
 */
export function useFieldErrors() {
  const { t } = useTranslation('errors');
  return useCallback(
    (error: unknown): Record<string, string> => {
      const issues: FieldIssue[] = error instanceof ApiFailure ? (error.issues ?? []) : [];
      const result: Record<string, string> = {};
      for (const issue of issues) {
        const field = String(issue.path[0] ?? '');
        if (result[field]) continue;
        result[field] =
          field === 'pin' || field === 'staffNo'
            ? t(`byField.${field}`)
            : t(`fields.${issue.code}`, { defaultValue: t('fields.other') });
      }
      return result;
    },
    [t],
  );
}

/** The fields left empty (blank after trimming), each with the "please fill in" message. */
export function useRequired() {
  const { t } = useTranslation('errors');
  return useCallback(
    (values: Record<string, string>): Record<string, string> =>
      Object.fromEntries(
        Object.entries(values)
          .filter(([, v]) => v.trim() === '')
          .map(([field]) => [field, t('fields.required')]),
      ),
    [t],
  );
}
