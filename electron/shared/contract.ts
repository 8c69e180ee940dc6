import type { z } from 'zod';
import type { Role } from './roles';

/**
 * One API method: who may call it, the zod schema of its input, and (as a phantom type) its output.
 * `limit: 'import'` raises the request body limit from 1 MB to 50 MB (media and catalogue imports).
 */
export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  role: Role;
  input: I;
  limit?: 'import';
  readonly __output?: O;
}

/** `method<Output>()({ role, input })`: curried so the output is named and the input inferred. */
export function method<O>() {
  return <I extends z.ZodType>(def: { role: Role; input: I; limit?: 'import' }): MethodDef<I, O> => def;
}

export type MethodMap = Record<string, MethodDef>;
