import type { ErrorCode } from '../../../shared';
import type { PublishingState } from '../../../shared/publishing.types';
import { DomainError } from '../../errors';

export type PublishingAction =
  'edit' | 'submit' | 'withdraw' | 'approve' | 'return' | 'archive' | 'unarchive' | 'rollback';

/** The states each step may start from; every other start is refused with {@link refusalCode}. */
export const ALLOWED_FROM: Record<PublishingAction, readonly PublishingState[]> = {
  edit: ['draft', 'published'],
  submit: ['draft'],
  withdraw: ['in_review'],
  approve: ['in_review'],
  return: ['in_review'],
  archive: ['draft', 'published'],
  unarchive: ['archived'],
  rollback: ['draft', 'published'],
};

/** Why a step cannot start from a state, in the words the author or reviewer needs. */
export function refusalCode(action: PublishingAction, state: PublishingState): ErrorCode {
  if (action === 'withdraw' || action === 'approve' || action === 'return') return 'publishing_not_in_review';
  if (action === 'unarchive') return 'publishing_not_archived';
  // A published item's draft is what visitors see: there is nothing new to review.
  if (action === 'submit' && state === 'published') return 'publishing_unchanged';
  return state === 'archived' ? 'publishing_archived' : 'publishing_in_review';
}

export function assertCan(action: PublishingAction, state: PublishingState): void {
  if (ALLOWED_FROM[action].includes(state)) return;
  throw new DomainError(refusalCode(action, state), `Cannot ${action} content that is ${state}`, {
    state,
  });
}
