// `npm run bench`: every figure next to a baseline measured in the same run, printed as a ratio.
// `--only platform`, `--only library`, `--only import` or `--only security` runs one section, `--only ime`
// the input method's part of the library section alone; `--titles 10000` a smaller catalogue,
// `--import-rows 20000` a smaller import; `--only kill9` the kill -9 harness, `--cycles N` (default 100)
// and `--verbose` for a line per cycle; `--only exhibitions` the photo import (`--photos 50` fewer);
// `--only exhibitions-screen` the photo viewer, the timeline and the show in Chromium (`--exhibits 100`
// a shorter timeline, `--show-photos 50` a shorter show); `--only venues` venue booking's availability
// and requests (`--bookings 1000` fewer bookings); `--only tour` the 3D tour in Chromium.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exhibitionsScreenBench, SCREEN_EXHIBITS, SHOW_PHOTOS } from './exhibitions-screen.bench';
import { exhibitionsBench, PHOTOS } from './exhibitions.bench';
import { imeBench } from './ime.bench';
import { importBench, IMPORT_ROWS } from './import.bench';
import { kill9Bench, KILL9_CYCLES } from './kill9.bench';
import { deskBench } from './desk.bench';
import { openCatalogue, searchBench, TITLES } from './library.bench';
import { platformBench } from './platform.bench';
import { securityBench } from './security.bench';
import { section } from './stats';
import { tourBench } from './tour.bench';
import { venuesBench, BOOKINGS } from './venues.bench';

const SECTIONS = [
  'platform',
  'library',
  'import',
  'security',
  'ime',
  'kill9',
  'exhibitions',
  'exhibitions-screen',
  'venues',
  'tour',
] as const;
type Section = (typeof SECTIONS)[number];

function selected(): readonly Section[] {
  const at = process.argv.indexOf('--only');
  // The library section runs the input method's part too.
  if (at < 0) return ['platform', 'library'];
  const name = process.argv[at + 1];
  const only = SECTIONS.find((s) => s === name);
  if (!only) throw new Error(`--only takes one of: ${SECTIONS.join(', ')}`);
  return [only];
}

function count(flag: string, fallback: number, least = 1000): number {
  const at = process.argv.indexOf(flag);
  const n = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(n) || n < least) throw new Error(`${flag} takes a whole number of at least ${least}`);
  return n;
}

// Other work on the machine shows in every figure: say how busy it was.
const load = () =>
  `${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;

async function main(): Promise<void> {
  const sections = selected();
  console.log(`Hongyi benchmark — Node ${process.version}, ${new Date().toISOString()}, ${load()}`);
  const t0 = performance.now();
  if (sections.includes('platform')) {
    // The renderer build may be missing while the node side alone was built (node electron/build.mjs).
    if (fs.existsSync(path.join(process.cwd(), 'dist/renderer/index.html'))) {
      await platformBench(async (page) => {
        // The home screen is interactive when its staff entrance can be tapped.
        await page.getByRole('main').waitFor();
      });
    } else console.log('\n## Platform\nskipped: no dist/renderer (build the renderer with `npm run build`)');
  }
  if (sections.includes('library')) {
    const catalogue = await searchBench(count('--titles', TITLES));
    try {
      await imeBench(catalogue);
      await deskBench(catalogue);
    } finally {
      catalogue.dispose();
    }
  }
  if (sections.includes('import')) await importBench(count('--import-rows', IMPORT_ROWS));
  if (sections.includes('ime')) {
    section('Reading room: the catalogue the input method learns from');
    const catalogue = await openCatalogue(count('--titles', TITLES));
    try {
      await imeBench(catalogue);
    } finally {
      catalogue.dispose();
    }
  }
  if (sections.includes('security')) await securityBench();
  if (sections.includes('kill9')) await kill9Bench(count('--cycles', KILL9_CYCLES, 1));
  if (sections.includes('exhibitions')) await exhibitionsBench(count('--photos', PHOTOS, 1));
  if (sections.includes('exhibitions-screen'))
    await exhibitionsScreenBench(
      count('--exhibits', SCREEN_EXHIBITS, 2),
      count('--show-photos', SHOW_PHOTOS, 1),
    );
  if (sections.includes('venues')) await venuesBench(count('--bookings', BOOKINGS, 100));
  if (sections.includes('tour')) await tourBench();
  console.log(`\nbenchmark done in ${((performance.now() - t0) / 1000).toFixed(0)} s, ${load()}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
