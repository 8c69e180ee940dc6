import {
  composeErrors,
  composeSettings,
  type MethodDef,
  type RegisteredError,
  type SettingMap,
} from '../shared';
import type { Organisation } from '../shared';
import type { Feature, LinkResolver } from './context';
import type { ReadDb } from './db/database';

export interface RegisteredMethod {
  def: MethodDef;
  /** The feature that declares and handles it: its audit entries are labelled in that namespace. */
  feature: string;
  handler: unknown;
}

/**
 * Everything the features declare, merged once at start: methods with their handlers, error
 * codes, settings, link resolvers and the organisations each knows. An area adds itself to these by being in the feature list,
 * never by editing the shell; a name declared twice, or a method without a handler, stops the start.
 */
export interface CoreRegistry {
  methods: ReadonlyMap<string, RegisteredMethod>;
  errors: ReadonlyMap<string, RegisteredError>;
  settings: SettingMap;
  links: ReadonlyMap<string, Record<string, LinkResolver>>;
  /** Each feature's list of the park's companies and branches. */
  organisations: readonly ((db: ReadDb) => Organisation[])[];
}

export function buildRegistry(features: readonly Feature[]): CoreRegistry {
  const ids = new Set<string>();
  const methods = new Map<string, RegisteredMethod>();
  for (const f of features) {
    if (ids.has(f.id)) throw new Error(`Two features with the id ${f.id}`);
    ids.add(f.id);
    for (const [name, def] of Object.entries(f.api)) {
      if (methods.has(name)) throw new Error(`API method defined twice: ${name}`);
      const handler = f.handlers[name];
      if (!handler) throw new Error(`No handler for: ${name} (${f.id})`);
      methods.set(name, { def, feature: f.id, handler });
    }
    const extra = Object.keys(f.handlers).filter((name) => !Object.hasOwn(f.api, name));
    if (extra.length > 0)
      throw new Error(`Feature ${f.id} handles methods it does not declare: ${extra.join(', ')}`);
  }
  const errors = composeErrors(
    Object.fromEntries(features.filter((f) => f.errors).map((f) => [f.id, f.errors ?? {}])),
  );
  const settings: SettingMap = composeSettings<Record<string, SettingMap>>(
    Object.fromEntries(features.filter((f) => f.settings).map((f) => [f.id, f.settings ?? {}])),
  );
  const links = new Map(features.filter((f) => f.links).map((f) => [f.id, f.links ?? {}]));
  const organisations = features.flatMap((f) => (f.organisations ? [f.organisations.bind(f)] : []));
  return { methods, errors, settings, links, organisations };
}
