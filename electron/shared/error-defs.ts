// No zod here: the renderer reads the error registry at start.

/** The HTTP statuses an error code may answer with. */
export type HttpStatus =
  400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 421 | 422 | 423 | 429 | 500 | 503 | 507;

/**
 * An error code's declaration: its HTTP status. Its text, in three languages, lives in the owning
 * area's namespace under `errors.<code>` (the platform's in the shell's `errors` namespace).
 */
export interface ErrorDef {
  http: HttpStatus;
}
export type ErrorMap = Record<string, ErrorDef>;

/** `errors({ code: { http } })`: keeps the literal codes for the `ErrorCode` union. */
export const errors = <const M extends ErrorMap>(map: M): M => map;
