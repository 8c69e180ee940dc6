// No zod here: the renderer reads the error registry at start.
import type { ErrorDef, ErrorMap } from './error-defs';
import { devicesErrors } from './devices.errors';
import { exhibitionsErrors } from './exhibitions.errors';
import { libraryErrors } from './library.errors';
import { mediaErrors } from './media.errors';
import { platformErrors } from './platform.errors';
import { publishingErrors } from './publishing.errors';
import { tourErrors } from './tour.errors';
import { venuesErrors } from './venues.errors';

export * from './error-defs';

/**
 * The registry of error codes: one line per area, keyed by the area's id (which is also the i18n
 * namespace of the codes' texts). A code declared twice is a programming error caught at load.
 */
const BY_AREA = {
  // Devices, media and publishing are the platform's: their texts are in the shell's `errors` namespace too.
  platform: { ...platformErrors, ...devicesErrors, ...mediaErrors, ...publishingErrors },
  library: libraryErrors,
  exhibitions: exhibitionsErrors,
  venues: venuesErrors,
  tour: tourErrors,
} as const;

type Codes<M> = M extends Record<string, ErrorMap> ? { [A in keyof M]: keyof M[A] }[keyof M] : never;
export type ErrorCode = Extract<Codes<typeof BY_AREA>, string>;

export interface RegisteredError extends ErrorDef {
  /** The area that declared the code: its texts are in that namespace. */
  area: string;
}

/** Merges areas' error maps, refusing a code declared twice. */
export function composeErrors(byArea: Record<string, ErrorMap>): Map<string, RegisteredError> {
  const all = new Map<string, RegisteredError>();
  for (const [area, map] of Object.entries(byArea)) {
    for (const [code, def] of Object.entries(map)) {
      if (all.has(code)) throw new Error(`Error code declared twice: ${code}`);
      all.set(code, { ...def, area });
    }
  }
  return all;
}

export const ERRORS = composeErrors(BY_AREA);
export const ERROR_CODES = [...ERRORS.keys()] as ErrorCode[];

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
