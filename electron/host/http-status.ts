import type { ErrorCode } from '../shared';

/** The HTTP status of an error envelope: 4xx for what the client can fix, 5xx for the server. */
export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'unknown_method':
    case 'invalid_input':
      return 400;
    case 'unauthenticated':
    case 'wrong_pin':
      return 401;
    case 'forbidden':
    case 'account_disabled':
    case 'not_kiosk':
    case 'self_service_off':
      return 403;
    case 'not_found':
      return 404;
    case 'payload_too_large':
    case 'media_too_large':
      return 413;
    case 'media_unknown_type':
    case 'media_unplayable':
      return 415;
    case 'media_empty':
    case 'media_unreadable':
      return 422;
    case 'account_locked':
      return 423;
    case 'database_damaged':
      return 503;
    case 'internal':
      return 500;
    default:
      return 409;
  }
}
