import type { TableProblem } from '../../../shared/tables.types';
import { DomainError } from '../../errors';

/**
 * The whole file is refused: nothing is imported, and `details.problem` says why. The problems are
 * {@link TableProblem}s, or an area's own (a column it cannot do without).
 */
export function unreadable<P extends string = TableProblem>(
  problem: P,
  message: string,
  extra: Record<string, string | number> = {},
) {
  return new DomainError('import_unreadable', message, { problem, ...extra });
}
