import { errors } from './error-defs';

/** The media store's refusals (texts in the shell's `errors` namespace, `codes.<code>`). */
export const mediaErrors = errors({
  media_empty: { http: 422 },
  media_unknown_type: { http: 415 },
  media_unreadable: { http: 422 },
  media_unplayable: { http: 415 },
  media_too_large: { http: 413 },
  media_in_use: { http: 409 },
});
