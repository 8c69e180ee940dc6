import type { ApiError, ErrorCode } from '../shared';

/** A refusal a user can understand (wrong PIN, copy already on loan…). Answered as `{ ok: false, error }`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ApiError['details'],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
