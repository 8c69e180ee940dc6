import { errors } from './error-defs';

/**
 * Publishing's refusals (review before publish); texts in the shell's `errors` namespace
 * (`codes.<code>`), like the rest of the platform's. A step the state does not allow is a conflict.
 */
export const publishingErrors = errors({
  publishing_in_review: { http: 409 },
  publishing_not_in_review: { http: 409 },
  publishing_archived: { http: 409 },
  publishing_not_archived: { http: 409 },
  publishing_unchanged: { http: 409 },
  publishing_incomplete: { http: 422 },
  publishing_own_submission: { http: 403 },
  publishing_no_version: { http: 409 },
});
