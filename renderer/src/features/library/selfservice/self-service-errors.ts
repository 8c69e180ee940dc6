import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { formatTime } from '../../../lib/format';

/**
 * A refusal at the self-service screen, in words for a borrower standing alone at the kiosk: what
 * happened and what to do (most often: see the desk). Codes without a self-service wording use the
 * shell's `errors` namespace.
 */
export function useSelfServiceError() {
  const { t, i18n } = useTranslation('library');
  const generic = useErrorText();
  return useCallback(
    (error: unknown): string => {
      if (!(error instanceof ApiFailure)) return generic(error);
      const { code, details } = error;
      switch (code) {
        case 'not_found':
          return details?.what === 'borrower'
            ? t('selfService.errors.noCard')
            : t('selfService.errors.noBook');
        case 'invalid_input':
          return error.issues?.some((i) => i.path[0] === 'pin')
            ? t('selfService.errors.pinFormat')
            : t('selfService.errors.unreadable');
        case 'loan_limit':
          return typeof details?.max === 'number'
            ? t('selfService.errors.limitOf', { count: details.max })
            : t('selfService.errors.limit');
        case 'wrong_pin':
          return typeof details?.remaining === 'number'
            ? t('selfService.errors.wrongPin', { count: details.remaining })
            : generic(error);
        case 'account_locked':
          return typeof details?.until === 'string'
            ? t('selfService.errors.locked', { time: formatTime(details.until, i18n.language) })
            : generic(error);
        case 'pin_required':
        case 'pin_not_set':
        case 'not_your_loan':
        case 'copy_on_loan':
        case 'copy_not_loanable':
        case 'copy_not_on_loan':
        case 'borrower_blocked':
        case 'borrower_inactive':
        case 'self_service_off':
          return t(`selfService.errors.${code}`);
        default:
          return generic(error);
      }
    },
    [t, i18n.language, generic],
  );
}
