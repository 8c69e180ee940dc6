import { describe, expect, it } from 'vitest';
import { PUBLISHING_STATES, type PublishingState } from '../../../shared/publishing.types';
import { DomainError } from '../../errors';
import { ALLOWED_FROM, assertCan, type PublishingAction } from './publishing.rules';

// Written out by hand, not derived from the rules: every step from every state, and its answer.
const EXPECTED: Record<PublishingAction, Record<PublishingState, string>> = {
  edit: {
    draft: 'ok',
    in_review: 'publishing_in_review',
    published: 'ok',
    archived: 'publishing_archived',
  },
  submit: {
    draft: 'ok',
    in_review: 'publishing_in_review',
    published: 'publishing_unchanged',
    archived: 'publishing_archived',
  },
  withdraw: {
    draft: 'publishing_not_in_review',
    in_review: 'ok',
    published: 'publishing_not_in_review',
    archived: 'publishing_not_in_review',
  },
  approve: {
    draft: 'publishing_not_in_review',
    in_review: 'ok',
    published: 'publishing_not_in_review',
    archived: 'publishing_not_in_review',
  },
  return: {
    draft: 'publishing_not_in_review',
    in_review: 'ok',
    published: 'publishing_not_in_review',
    archived: 'publishing_not_in_review',
  },
  archive: {
    draft: 'ok',
    in_review: 'publishing_in_review',
    published: 'ok',
    archived: 'publishing_archived',
  },
  unarchive: {
    draft: 'publishing_not_archived',
    in_review: 'publishing_not_archived',
    published: 'publishing_not_archived',
    archived: 'ok',
  },
  rollback: {
    draft: 'ok',
    in_review: 'publishing_in_review',
    published: 'ok',
    archived: 'publishing_archived',
  },
};

function answer(action: PublishingAction, state: PublishingState): string {
  try {
    assertCan(action, state);
    return 'ok';
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
}

describe('publishing steps', () => {
  it('start only from their states, and every other start is refused with its own code', () => {
    const actions = Object.keys(ALLOWED_FROM) as PublishingAction[];
    expect(actions.sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const action of actions) {
      for (const state of PUBLISHING_STATES) {
        expect(answer(action, state), `${action} from ${state}`).toBe(EXPECTED[action][state]);
      }
    }
  });
});
