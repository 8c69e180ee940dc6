import type { ImportProblem } from '../../../../shared/library-office.api';
import { DomainError } from '../../../errors';

/** The whole file is refused: nothing is imported, and `details.problem` says why. */
export function unreadable(
  problem: ImportProblem,
  message: string,
  extra: Record<string, string | number> = {},
) {
  return new DomainError('import_unreadable', message, { problem, ...extra });
}
