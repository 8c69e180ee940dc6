import { errors } from './error-defs';

/** The reading room's refusals; texts in the `library` namespace (`errors.<code>`). */
export const libraryErrors = errors({
  copy_on_loan: { http: 409 },
  copy_not_loanable: { http: 409 },
  copy_not_on_loan: { http: 409 },
  loan_limit: { http: 409 },
  borrower_blocked: { http: 409 },
  borrower_inactive: { http: 409 },
  renewal_limit: { http: 409 },
  renewal_held: { http: 409 },
  import_unreadable: { http: 400 },
  self_service_off: { http: 403 },
  pin_required: { http: 401 },
  pin_not_set: { http: 403 },
  not_your_loan: { http: 409 },
  borrower_has_loans: { http: 409 },
});
