import { errors } from './error-defs';

/** The media store's refusals (texts in the shell's `errors` namespace, `codes.<code>`). */
export const mediaErrors = errors({
  media_empty: { http: 422 },
  media_unknown_type: { http: 415 },
  media_unreadable: { http: 422 },
  media_unplayable: { http: 415 },
  media_too_large: { http: 413 },
  media_in_use: { http: 409 },
  /** A 3D model that is not a whole, valid binary glTF 2.0 (`details.reason`). */
  media_model_malformed: { http: 422 },
  /** A 3D model over its triangle cap (`MODEL_LIMITS`, media.types.ts) (`details.triangles`, `details.limit`). */
  media_model_triangles: { http: 413 },
  /** A 3D model that refers to another file (`details.uri`): only a self-contained GLB will do. */
  media_model_external: { http: 422 },
  /** A 3D model that requires an extension the kiosk cannot decode (`details.extension`). */
  media_model_extension: { http: 415 },
});
