import { z } from 'zod';

/**
 * Inputs that break an API method's schema, derived from the schema itself (through its JSON
 * Schema), so a test can send them to every method, including the ones added later. Each one
 * breaks one rule of one field of an otherwise valid input where a valid input can be made.
 * Only tests import this file.
 */

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

export interface MalformedInput {
  label: string;
  input: unknown;
}

type Path = (string | number)[];

/** Length of a string that no field should take when it declares no maximum of its own. */
export const UNBOUNDED_PROBE_LENGTH = 100_000;

const FORMAT_SAMPLES: Record<string, string> = {
  date: '2025-03-01',
  'date-time': '2025-03-01T08:00:00.000Z',
  time: '08:00:00',
  email: 'someone@example.com',
  uuid: '0f8fad5b-d9cb-469f-a165-70867728950e',
  uri: 'https://example.com/',
  url: 'https://example.com/',
};

// Plausible values for the fields of this app; the first that fits a field's rules is used.
const STRING_SAMPLES = [
  'admin',
  'Abc',
  'a',
  'test-1',
  'A1',
  '246810',
  '1234',
  'zh-CN',
  'library',
  'hongyi-20250301-080000-manual.sqlite',
  '9787010000000',
  '13800001234',
  'covers/1.jpg',
  '中文',
];

function types(s: JsonSchema): string[] {
  if (s.anyOf ?? s.oneOf) return (s.anyOf ?? s.oneOf ?? []).flatMap(types);
  if (s.const !== undefined) return [jsonType(s.const)];
  if (s.enum) return [...new Set(s.enum.map(jsonType))];
  if (Array.isArray(s.type)) return s.type;
  if (s.type) return s.type === 'integer' ? ['integer', 'number'] : [s.type];
  if (s.properties) return ['object'];
  return [];
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function matches(pattern: string | undefined, value: string): boolean {
  if (pattern === undefined) return true;
  try {
    return new RegExp(pattern).test(value);
  } catch {
    return true;
  }
}

function fitsString(s: JsonSchema, v: string): boolean {
  const len = [...v].length;
  return len >= (s.minLength ?? 0) && len <= (s.maxLength ?? Infinity) && matches(s.pattern, v);
}

function fitsNumber(s: JsonSchema, v: number, integer: boolean): boolean {
  return (
    (!integer || Number.isInteger(v)) &&
    v >= (s.minimum ?? -Infinity) &&
    v <= (s.maximum ?? Infinity) &&
    v > (s.exclusiveMinimum ?? -Infinity) &&
    v < (s.exclusiveMaximum ?? Infinity)
  );
}

/** A value meeting the schema, or undefined when none can be made. */
function sample(s: JsonSchema): unknown {
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  const branches = s.anyOf ?? s.oneOf;
  if (branches) {
    for (const b of branches) {
      if (b.type === 'null') continue;
      const v = sample(b);
      if (v !== undefined) return v;
    }
    return branches.some((b) => b.type === 'null') ? null : undefined;
  }
  const type = types(s).find((t) => t !== 'null') ?? (types(s).includes('null') ? 'null' : undefined);
  switch (type) {
    case 'string': {
      const format = s.format ? FORMAT_SAMPLES[s.format] : undefined;
      const candidates = [...(format ? [format] : []), ...STRING_SAMPLES, 'a'.repeat(s.minLength ?? 1)];
      return candidates.find((c) => fitsString(s, c));
    }
    case 'integer':
    case 'number': {
      const integer = types(s)[0] === 'integer';
      const candidates = [
        1,
        10,
        100,
        0,
        s.minimum,
        s.exclusiveMinimum === undefined ? undefined : s.exclusiveMinimum + 1,
        s.maximum,
      ];
      return candidates.find((c) => c !== undefined && fitsNumber(s, c, integer));
    }
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'array': {
      const count = Math.max(s.minItems ?? 0, 1);
      if (s.maxItems !== undefined && count > s.maxItems) return [];
      const item = s.items ? sample(s.items) : undefined;
      if (item === undefined) return (s.minItems ?? 0) === 0 ? [] : undefined;
      return Array.from({ length: count }, () => structuredClone(item));
    }
    case 'object':
      return sampleObject(s, true);
    default:
      return undefined;
  }
}

function sampleObject(s: JsonSchema, withOptional: boolean): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  const required = new Set(s.required ?? []);
  for (const [key, prop] of Object.entries(s.properties ?? {})) {
    if (!withOptional && !required.has(key)) continue;
    const v = sample(prop);
    if (v === undefined) {
      if (required.has(key)) return undefined;
      continue;
    }
    out[key] = v;
  }
  return out;
}

function setAt(base: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy: unknown = structuredClone(base ?? (typeof head === 'number' ? [] : {}));
  const container = copy as Record<string | number, unknown>;
  container[head as string | number] = setAt(container[head as string | number], rest, value);
  return copy;
}

function deleteAt(base: unknown, path: Path): unknown {
  const copy: unknown = structuredClone(base);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last !== undefined) delete node[last];
  return copy;
}

const WRONG_TYPES: [string, unknown][] = [
  ['number', 12345],
  ['string', 'text'],
  ['boolean', true],
  ['array', [1]],
  ['object', { a: 1 }],
];

/** A string that keeps the field's pattern but has `length` characters, or any string that long. */
function longString(s: JsonSchema, length: number): string {
  const base = typeof sample(s) === 'string' ? (sample(s) as string) : 'a';
  const pad = Math.max(length - [...base].length, 1);
  for (const c of ['a', '1', 'x', '0', '中']) {
    for (const at of [base.length, 0, ...Array.from({ length: base.length }, (_, i) => i)]) {
      const candidate = base.slice(0, at) + c.repeat(pad) + base.slice(at);
      if (matches(s.pattern, candidate)) return candidate;
    }
  }
  return base + 'a'.repeat(pad);
}

function fieldProbes(s: JsonSchema, path: Path, base: unknown, options: ProbeOptions): MalformedInput[] {
  const name = path.join('.');
  const at = (label: string, value: unknown): MalformedInput => ({
    label: `${name}: ${label}`,
    input: setAt(base, path, value),
  });
  const allowed = types(s);
  if (allowed.length === 0) return [];
  const out: MalformedInput[] = [];
  for (const [type, value] of WRONG_TYPES) {
    const ok = allowed.includes(type) || (type === 'number' && allowed.includes('integer'));
    if (!ok) out.push(at(`a ${type}`, value));
  }
  if (!allowed.includes('null')) out.push(at('null', null));

  const branch = (s.anyOf ?? s.oneOf)?.find((b) => b.type !== 'null') ?? s;
  if (branch.enum) out.push(at('a value not in the list', 'not-a-choice'));
  const type = types(branch)[0];
  if (type === 'string' && !branch.enum && branch.const === undefined) {
    if (branch.maxLength !== undefined) out.push(at('too long', longString(branch, branch.maxLength + 1)));
    else if (options.boundedStrings)
      out.push(at(`${UNBOUNDED_PROBE_LENGTH} characters`, longString(branch, UNBOUNDED_PROBE_LENGTH)));
    if ((branch.minLength ?? 0) > 0) out.push(at('too short', 'a'.repeat((branch.minLength ?? 1) - 1)));
    const odd = '!! <not valid> !!';
    if (branch.pattern && !matches(branch.pattern, odd)) out.push(at('against its pattern', odd));
  }
  if (type === 'integer' || type === 'number') {
    const lowest = branch.minimum ?? branch.exclusiveMinimum;
    if (lowest !== undefined) out.push(at('too small', lowest - 1));
    const highest = branch.maximum ?? branch.exclusiveMaximum;
    if (highest !== undefined) out.push(at('too large', highest + 1));
    if (type === 'integer') out.push(at('a fraction', ((sample(branch) as number | undefined) ?? 1) + 0.5));
  }
  if (type === 'array') {
    const item = branch.items ? sample(branch.items) : undefined;
    if ((branch.minItems ?? 0) > 0) out.push(at('too few items', []));
    if (branch.maxItems !== undefined && item !== undefined) {
      out.push(
        at(
          'too many items',
          Array.from({ length: branch.maxItems + 1 }, () => item),
        ),
      );
    }
    if (branch.items)
      out.push(...fieldProbes(branch.items, [...path, 0], setAt(base, path, [item]), options));
  }
  if (type === 'object') out.push(...objectProbes(branch, path, base, options));
  return out;
}

function objectProbes(s: JsonSchema, path: Path, base: unknown, options: ProbeOptions): MalformedInput[] {
  const name = path.length ? `${path.join('.')}: ` : '';
  const out: MalformedInput[] = [];
  const here = pathValue(base, path);
  for (const key of s.required ?? []) {
    if (here && typeof here === 'object' && key in here)
      out.push({ label: `${name}${key} missing`, input: deleteAt(base, [...path, key]) });
  }
  if (s.additionalProperties === false) {
    out.push({ label: `${name}an unexpected key`, input: setAt(base, [...path, 'unexpected'], 1) });
    out.push({
      label: `${name}a __proto__ key`,
      input: setAt(base, path, {
        ...(here as object),
        ...(JSON.parse('{"__proto__": {"polluted": true}}') as object),
      }),
    });
  }
  for (const [key, prop] of Object.entries(s.properties ?? {})) {
    out.push(...fieldProbes(prop, [...path, key], base, options));
  }
  return out;
}

function pathValue(base: unknown, path: Path): unknown {
  let node: unknown = base;
  for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
  return node;
}

export interface ProbeOptions {
  /** Expect every string field to have a maximum (false for bulk imports). */
  boundedStrings: boolean;
}

export interface Probes {
  /** A valid input the probes are variations of, or null when none could be made. */
  base: unknown;
  probes: MalformedInput[];
}

export function malformedInputs(schema: z.ZodType, options: ProbeOptions): Probes {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as unknown as JsonSchema;
  const valid = (v: unknown) => v !== undefined && schema.safeParse(v).success;
  const full = types(json).includes('object') ? sampleObject(json, true) : sample(json);
  const required = types(json).includes('object') ? sampleObject(json, false) : undefined;
  const base = valid(full) ? full : valid(required) ? required : null;

  const probes: MalformedInput[] = [
    { label: 'a number instead of the input', input: 42 },
    { label: 'a string instead of the input', input: 'text' },
    { label: 'true instead of the input', input: true },
    { label: 'a list instead of the input', input: [base ?? {}] },
  ];
  if (types(json).includes('object')) probes.push(...objectProbes(json, [], base ?? {}, options));
  return { base, probes };
}
