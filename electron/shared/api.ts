import type { z } from 'zod';
import { calendarApi } from './calendar.api';
import type { MethodDef, MethodMap, UnionToIntersection, WriteDecl } from './contract';
import { devicesApi } from './devices.api';
import { exhibitionsApi } from './exhibitions.api';
import { imeApi } from './ime.api';
import { libraryOfficeApi } from './library-office.api';
import { libraryApi } from './library.api';
import { mediaApi } from './media.api';
import { platformApi } from './platform.api';
import { publishingApi } from './publishing.api';
import { signInApi } from './sign-in.api';
import { tourApi } from './tour.api';
import { venuesApi } from './venues.api';

/** Merges the feature method maps; a name defined twice is a programming error caught at load. */
function compose<M extends MethodMap[]>(...maps: M): UnionToIntersection<M[number]> {
  const all: MethodMap = {};
  for (const map of maps) {
    for (const [name, def] of Object.entries(map)) {
      if (name in all) throw new Error(`API method defined twice: ${name}`);
      all[name] = def;
    }
  }
  return all as UnionToIntersection<M[number]>;
}

/** The whole API: every method the renderer, scripts and other terminals can call. */
export const api = compose(
  platformApi,
  signInApi,
  devicesApi,
  calendarApi,
  mediaApi,
  publishingApi,
  imeApi,
  libraryApi,
  libraryOfficeApi,
  exhibitionsApi,
  venuesApi,
  tourApi,
);

export type Api = typeof api;
export type Method = Extract<keyof Api, string>;
/** What a caller sends (defaults may be left out). */
export type In<K extends Method> = z.input<Api[K]['input']>;
/** What a handler receives, after parsing. */
export type Parsed<K extends Method> = z.output<Api[K]['input']>;
export type Out<K extends Method> = Api[K] extends MethodDef<z.ZodType, infer O> ? O : never;
/** The methods that declare `writes`: their handlers run in the dispatcher's transaction. */
export type WriteMethod = {
  [K in Method]: Api[K] extends { writes?: infer W }
    ? [NonNullable<W>] extends [never]
      ? never
      : NonNullable<W> extends WriteDecl
        ? K
        : never
    : never;
}[Method];

export function isMethod(name: string): name is Method {
  return Object.hasOwn(api, name);
}
