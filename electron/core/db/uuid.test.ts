import { describe, expect, it } from 'vitest';
import { UUIDV7, uuidv7 } from './uuid';

describe('uuidv7', () => {
  it('carries the time in its first 48 bits, version 7 and the RFC variant', () => {
    const at = new Date('2025-03-01T08:00:00.123Z');
    const id = uuidv7(at.getTime());
    expect(id).toMatch(UUIDV7);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at.getTime());
  });

  it('differs within one millisecond and sorts by time across milliseconds', () => {
    const at = new Date('2025-03-01T08:00:00.000Z');
    const same = new Set(Array.from({ length: 100 }, () => uuidv7(at.getTime())));
    expect(same.size).toBe(100);
    const later = uuidv7(at.getTime() + 1);
    expect([...same].every((id) => id < later)).toBe(true);
  });
});
