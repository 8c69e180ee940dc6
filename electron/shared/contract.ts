import type { z } from 'zod';
import type { Role } from './roles';

/**
 * What a method writes, declared instead of hand-written: the dispatcher runs its handler in one
 * transaction on a writable handle, stores the result of an idempotent call under its `requestId`,
 * writes the audit entry (unless `audit: false`, for anonymous counting such as visits) and pushes
 * `data.changed` for `domain` after the commit.
 */
export interface WriteDecl {
  /** The domain screens refetch (`data.changed`), e.g. `library`; none for anonymous counting. */
  domain?: string;
  /** A repeat with the same `requestId` answers the first result; the input must carry `requestId`. */
  idempotent?: boolean;
  /** Defaults to true: every staff change is in the audit log. */
  audit?: boolean;
  /**
   * Input fields never stored (a PIN): left out of the key a request id's answer is kept under, so
   * a repeat is matched without them. The handler checks them on every call, repeats included.
   */
  secret?: readonly string[];
}

/**
 * A method reached over HTTP at a route of its own rather than `POST /api/invoke`, because its body
 * or its answer is a file, streamed (a content pack): its input is the route's query string, a
 * `POST` hands the handler the raw body (`Ctx.upload`), and a `GET` answers a {@link Download}.
 * Through `/api/invoke` or IPC it is refused: a shell that has the file calls core with it.
 */
export interface RawRoute {
  verb: 'GET' | 'POST';
  path: `/api/${string}`;
}

/** What a `GET` raw route answers: a file streamed to the client, with the name it is saved as. */
export interface Download {
  fileName: string;
  contentType: string;
  body: AsyncIterable<Uint8Array | string>;
}

/**
 * One API method: who may call it, the zod schema of its input, and (as a phantom type) its output.
 * `limit: 'import'` raises the request body limit from 1 MB to 50 MB (catalogue imports).
 */
export interface MethodDef<
  I extends z.ZodType = z.ZodType,
  O = unknown,
  W extends WriteDecl | undefined = WriteDecl | undefined,
> {
  role: Role;
  input: I;
  limit?: 'import';
  writes?: W;
  raw?: RawRoute;
  readonly __output?: O;
}

/**
 * `method<Output>()({ role, input, writes })`: curried so the output is named and the input
 * inferred; whether it writes is kept in the type, so its handler gets a writable handle.
 */
export function method<O>() {
  return <I extends z.ZodType, W extends WriteDecl | undefined = undefined>(def: {
    role: Role;
    input: I;
    limit?: 'import';
    writes?: W;
    raw?: RawRoute;
  }): MethodDef<I, O, W> => def;
}

export type MethodMap = Record<string, MethodDef>;

/** One setting: its schema and the value it has until an admin changes it. */
export interface SettingDef<S extends z.ZodType = z.ZodType> {
  schema: S;
  default: z.infer<S>;
}
export type SettingMap = Record<string, SettingDef>;

/** `setting(schema, default)`, typed so the default must fit the schema. */
export function setting<S extends z.ZodType>(schema: S, value: z.infer<S>): SettingDef<S> {
  return { schema, default: value };
}

export type SettingValues<M extends SettingMap> = { [K in keyof M]: z.infer<M[K]['schema']> };

export type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
