import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../../../electron/shared/library-office.api';
import { IMPORT_PROBLEMS } from '../../../../../electron/shared/library-office.types';
import { ApiFailure, invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { readAsBase64 } from '../../../lib/download';
import { deskKeys } from '../shared/queries';

export type ImportKind = 'catalogue' | 'borrowers';

const isProblem = (v: unknown): v is ImportProblem =>
  typeof v === 'string' && (IMPORT_PROBLEMS as readonly string[]).includes(v);

/** Sends a file to `catalogue.import` or `borrowers.import` as `{ fileName, contentBase64 }`. */
export function useImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, file }: { kind: ImportKind; file: File }) => {
      const input = { fileName: file.name, contentBase64: await readAsBase64(file) };
      return kind === 'catalogue' ? invoke('catalogue.import', input) : invoke('borrowers.import', input);
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: deskKeys.all }),
  });
}

/** Why a whole file was refused, in the librarian's words (an old .xls, no title column …). */
export function useImportErrorText() {
  const { t } = useTranslation('library-desk');
  const errorText = useErrorText();
  return useCallback(
    (error: unknown) => {
      if (
        error instanceof ApiFailure &&
        error.code === 'import_unreadable' &&
        isProblem(error.details?.problem)
      ) {
        const max = typeof error.details.max === 'number' ? error.details.max : '';
        return t(`import.problems.${error.details.problem}`, { max });
      }
      if (error instanceof ApiFailure && error.code === 'payload_too_large') return t('import.tooLarge');
      return errorText(error);
    },
    [t, errorText],
  );
}
