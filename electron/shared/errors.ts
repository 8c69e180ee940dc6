/**
 * Every error the API can answer with. The renderer shows each in the user's language from the
 * `errors` namespace; `message` in the envelope is English, for logs and scripts.
 */
export const ERROR_CODES = [
  'unknown_method',
  'invalid_input',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'wrong_pin',
  'account_locked',
  'account_disabled',
  'setup_required',
  'setup_done',
  'database_damaged',
  'backup_invalid',
  'payload_too_large',
  'not_kiosk',
  'busy',
  'internal',
  // reading room
  'copy_on_loan',
  'copy_not_loanable',
  'copy_not_on_loan',
  'loan_limit',
  'borrower_blocked',
  'borrower_inactive',
  'renewal_limit',
  'renewal_held',
  'import_unreadable',
  'duplicate',
  'self_service_off',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field of the input (from zod), as it crosses the boundary. */
export interface FieldIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  /** Extra facts a screen can show, e.g. `{ until }` for a locked account. */
  details?: Record<string, string | number | boolean | null>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
