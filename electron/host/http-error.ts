import type { ErrorCode } from '../shared';

/** A refusal made by the host itself, before or instead of core: an HTTP status and its envelope code. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: ErrorCode = codeOf(status),
  ) {
    super(message);
  }
}

function codeOf(status: number): ErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403 || status === 421) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'too_many_requests';
  if (status === 503) return 'server_busy';
  return 'invalid_input';
}
