import { errors } from './error-defs';

/** The platform's refusals; texts in the shell's `errors` namespace (`codes.<code>`). */
export const platformErrors = errors({
  unknown_method: { http: 400 },
  invalid_input: { http: 400 },
  unauthenticated: { http: 401 },
  forbidden: { http: 403 },
  not_found: { http: 404 },
  conflict: { http: 409 },
  wrong_pin: { http: 401 },
  account_locked: { http: 423 },
  account_disabled: { http: 403 },
  setup_required: { http: 409 },
  setup_done: { http: 409 },
  /** First-run setup asked for by a device on the LAN: only the hub's own screen may do it. */
  setup_local_only: { http: 403 },
  database_damaged: { http: 503 },
  backup_invalid: { http: 409 },
  /** A sealed backup opened with another passphrase than it was sealed with. */
  backup_passphrase_wrong: { http: 400 },
  /** The data folder or the database file cannot be written: reading goes on, nothing is saved. */
  storage_readonly: { http: 507 },
  /** The disk is full: the write was not saved. */
  storage_full: { http: 507 },
  payload_too_large: { http: 413 },
  /** Too many wrong PINs or error reports from one device, or too many of its event streams. */
  too_many_requests: { http: 429 },
  /** The host has taken all the event streams it serves. */
  server_busy: { http: 503 },
  not_kiosk: { http: 403 },
  duplicate: { http: 409 },
  link_gone: { http: 410 },
  internal: { http: 500 },
});
