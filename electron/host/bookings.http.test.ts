import { describe, expect, it } from 'vitest';
import type { Result } from '../shared';
import { silentLogger } from '../core/log';
import { tempDir } from '../core/testing';
import { openVenues } from '../core/features/venues/venues-test-kit';
import { startHost } from './server';

describe('requests for one slot racing over HTTP', () => {
  it('leave exactly one holder; the others are told the slot is taken', async () => {
    const t = await openVenues();
    const room = t.room();
    const host = await startHost({ core: t.core, staticDir: tempDir(), log: silentLogger });
    try {
      const post = async (method: string, input: unknown) => {
        const res = await fetch(`${host.url}/api/invoke`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Kiosk': '1' },
          body: JSON.stringify({ method, input }),
        });
        return (await res.json()) as Result<unknown>;
      };
      // Twenty kiosks ask for overlapping times in the same room at once.
      const starts = Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0 ? '2026-03-04T14:00' : '2026-03-04T14:30',
      );
      const results = await Promise.all(
        starts.map((start, i) =>
          post(
            'bookings.request',
            t.request(room, start, start.replace(/T14/, 'T16'), { title: `申请${i}` }),
          ),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(new Set(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code))).toEqual(
        new Set(['slot_taken']),
      );
      const held = await t.ok('bookings.availability', {
        venueId: room,
        from: '2026-03-04T00:00',
        to: '2026-03-05T00:00',
      });
      expect(held.busy).toHaveLength(1);
    } finally {
      await host.close();
    }
  });
});
