import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { platformApi } from '../shared';
import { malformedInputs, UNBOUNDED_PROBE_LENGTH } from './malformed-inputs';

const bounded = { boundedStrings: true };

describe('malformedInputs', () => {
  it('breaks one rule of one field of an otherwise valid input', () => {
    const schema = z.strictObject({
      name: z.string().min(2).max(5),
      code: z
        .string()
        .max(10)
        .regex(/^[a-z]+-\d$/),
      count: z.number().int().min(1).max(9),
      tags: z
        .array(z.enum(['a', 'b']))
        .min(1)
        .max(2),
      note: z.string().max(50).optional(),
    });
    const { base, probes } = malformedInputs(schema, bounded);
    expect(schema.safeParse(base).success).toBe(true);
    const labels = probes.map((p) => p.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'a number instead of the input',
        'name: too long',
        'name: too short',
        'name: a number',
        'name missing',
        'code: against its pattern',
        'count: too small',
        'count: too large',
        'count: a fraction',
        'count: a string',
        'tags: too few items',
        'tags: too many items',
        'tags.0: a value not in the list',
        'note: too long',
        'an unexpected key',
        'a __proto__ key',
      ]),
    );
    const tooLong = probes.find((p) => p.label === 'name: too long')?.input as { name: string; code: string };
    expect(tooLong.name).toHaveLength(6);
    expect(tooLong.code).toBe((base as { code: string }).code);
    for (const probe of probes) expect(schema.safeParse(probe.input).success, probe.label).toBe(false);
  });

  it('finds a string field with no maximum', () => {
    const schema = z.object({ file: z.string().regex(/^[a-z]+-\d+$/) });
    const probe = malformedInputs(schema, bounded).probes.find((p) =>
      p.label.startsWith(`file: ${UNBOUNDED_PROBE_LENGTH}`),
    );
    expect(schema.safeParse(probe?.input).success).toBe(true);
    expect(malformedInputs(schema, { boundedStrings: false }).probes.map((p) => p.label)).not.toContain(
      probe?.label,
    );
  });

  it('makes a valid input for every platform method', () => {
    for (const [name, def] of Object.entries(platformApi)) {
      expect(malformedInputs(def.input, bounded).base, name).not.toBeNull();
    }
  });
});
