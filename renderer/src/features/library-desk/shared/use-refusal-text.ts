import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CopyStatus } from '../../../../../electron/shared/library.api';
import { COPY_STATUSES } from '../../../../../electron/shared/library.types';
import { ApiFailure } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { formatDay } from '../../../lib/dates';

const isStatus = (value: unknown): value is CopyStatus =>
  typeof value === 'string' && (COPY_STATUSES as readonly string[]).includes(value);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/**
 * A refusal at the desk in the librarian's words, with what the API told about it (the due date of
 * the copy already out, the limit, how many loans are overdue); anything else as the shell words it.
 */
export function useRefusalText() {
  const { t, i18n } = useTranslation('library-desk');
  const errorText = useErrorText();
  return useCallback(
    (error: unknown): string => {
      if (!(error instanceof ApiFailure)) return errorText(error);
      const details = error.details ?? {};
      switch (error.code) {
        case 'not_found':
          if (details.what === 'borrower') return t('refusals.noBorrower');
          if (details.what === 'copy') return t('refusals.noCopy');
          break;
        case 'invalid_input':
          if (error.issues?.some((i) => i.path[0] === 'barcode' || i.path[0] === 'cardNo'))
            return t('refusals.badCode');
          break;
        case 'copy_on_loan':
          if (details.sameBorrower === true) return t('refusals.alreadyTheirs');
          if (typeof details.dueOn === 'string')
            return t('refusals.onLoanUntil', { date: formatDay(details.dueOn, i18n.language) });
          return t('refusals.onLoan');
        case 'copy_not_loanable':
          if (isStatus(details.status)) return t(`refusals.notLoanable.${details.status}`);
          return t('refusals.notLoanable.other');
        case 'copy_not_on_loan':
          return t('refusals.notOnLoan');
        case 'loan_limit': {
          const max = num(details.max);
          return max === null ? t('refusals.limitReached') : t('refusals.limit', { count: max });
        }
        case 'borrower_blocked': {
          const overdue = num(details.overdue);
          return overdue === null ? t('refusals.blockedAny') : t('refusals.blocked', { count: overdue });
        }
        case 'borrower_inactive':
          return t('refusals.inactive');
        case 'renewal_limit': {
          const max = num(details.max);
          return max === null ? errorText(error) : t('refusals.renewalLimit', { count: max });
        }
        case 'renewal_held':
          return t('refusals.renewalHeld');
        default:
          break;
      }
      return errorText(error);
    },
    [t, i18n.language, errorText],
  );
}
