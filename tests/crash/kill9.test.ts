import { describe, expect, it } from 'vitest';
import { hostBuilt } from './host-process';
import { runKill9 } from './kill9';

const CYCLES = 10;

// The real host is the built one, as `npm run serve` starts it: `npm test` builds it before vitest runs;
// run alone, `node electron/build.mjs` first (a stale build tests the old host).
describe.skipIf(!hostBuilt())(
  'the host killed with SIGKILL under lending load (needs dist/electron/host.js)',
  () => {
    it(`keeps every acknowledged checkout and return through ${CYCLES} kills and restarts`, async () => {
      const r = await runKill9({ cycles: CYCLES });
      const seed = `seed ${r.seed}`;
      expect(r.cycles, seed).toHaveLength(CYCLES);
      // Every cycle is killed after its first acknowledgement: each puts something at stake.
      for (const c of r.cycles) expect(c.checkouts + c.returns, seed).toBeGreaterThan(0);
      expect(r.lost, seed).toEqual([]);
      expect(
        r.cycles.map((c) => c.integrity),
        seed,
      ).toEqual(Array<string>(CYCLES).fill('ok'));
      expect(
        r.cycles.map((c) => c.copyMismatches),
        seed,
      ).toEqual(Array<number>(CYCLES).fill(0));
      // A refusal would mean the harness lost track of a copy: what it checks would be less than it says.
      expect(
        r.cycles.flatMap((c) => c.refused),
        seed,
      ).toEqual([]);
    }, 600_000);
  },
);
