import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { Core, silentLogger } from '../../electron/core';
import { startHost } from '../../electron/host/server';
import { figure, percentile, report, section } from './stats';

const ROOT = process.cwd();
const CYCLES = 20;
/** The app's caches fill over its first visits to any area; the tour's memory is measured after these. */
const WARM_UP = 9;

interface Probe {
  quality: string;
  p50: number;
  p95: number;
}

/** The interval between frames on the idle home screen, ms: the display's own frame, the baseline. */
async function displayFrame(page: Page): Promise<number> {
  // A string: the benchmark is compiled without the DOM's types.
  const samples = await page.evaluate<number[]>(`new Promise((done) => {
    const out = [];
    let last = 0;
    const step = (now) => {
      if (last) out.push(now - last);
      last = now;
      if (out.length < 120) requestAnimationFrame(step);
      else done(out);
    };
    requestAnimationFrame(step);
  })`);
  return percentile(samples, 50);
}

async function openTour(page: Page, url: string, quality?: string): Promise<Probe[]> {
  await page.goto(`${url}/#/areas/tour${quality ? `?quality=${quality}` : ''}`);
  await page
    .locator('.tour-stage[data-self-test="done"], .tour-fallback')
    .first()
    .waitFor({ timeout: 60_000 })
    .catch(async (err: unknown) => {
      await page.screenshot({ path: '/tmp/tour-bench-fail.png' });
      throw err;
    });
  return JSON.parse((await page.locator('.tour-stage').getAttribute('data-probes')) ?? '[]') as Probe[];
}

/**
 * 3D 导览 in Chromium under SwiftShader at 1920×1080, on the demo centre: building the scene from
 * the plan, the frame times at each quality and what the self-test picks, memory and WebGL
 * resources over 20 visits, and what the home screen loads.
 */
export async function tourBench(): Promise<void> {
  section('3D 导览: the demo centre in Chromium under SwiftShader, 1920×1080');
  const staticDir = path.join(ROOT, 'dist/renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    console.log('skipped: no dist/renderer (build the renderer with `npm run build`)');
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-bench-tour-'));
  const core = await Core.open({ dataDir, demo: true, adminPin: '246810', log: silentLogger });
  const host = await startHost({ core, staticDir, log: silentLogger });
  const launch = (extra: string[]) =>
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run', ...extra],
    });
  // The page composited through SwiftShader too (Chromium's default here), and in software with
  // partial damage (--disable-gpu-compositing: what a kiosk PC without a graphics driver gets).
  for (const [how, extra] of [
    ['compositing through SwiftShader', []],
    ['software compositing', ['--disable-gpu-compositing']],
  ] as const) {
    const browser = await launch([...extra]);
    try {
      const page = await (
        await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true })
      ).newPage();
      await page.goto(`${host.url}/#/`);
      await page.getByRole('main').waitFor();
      const frame = await displayFrame(page);
      const picked = await openTour(page, host.url);
      figure(
        `${how}: the self-test`,
        picked.map((p) => `${p.quality} p95 ${p.p95.toFixed(1)} ms`).join(' → '),
      );
      for (const quality of ['high', 'medium', 'low']) {
        const [probe] = await openTour(page, host.url, quality);
        if (!probe) continue;
        report(`${how}, ${quality}: frame p50`, probe.p50, 'home screen frame', frame);
        report(`${how}, ${quality}: frame p95`, probe.p95, 'home screen frame', frame, '≤ 50 ms');
      }
    } finally {
      await browser.close();
    }
  }

  const browser = await launch(['--disable-gpu-compositing']);
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(r.url());
    });
    await page.goto(`${host.url}/#/`);
    await page.getByRole('main').waitFor();
    const home = [...scripts];
    const bytes = home.reduce(
      (n, url) => n + fs.statSync(path.join(staticDir, new URL(url).pathname)).size,
      0,
    );
    const three = home.filter((url) => /TourCanvas|TourScreen/.test(url));
    figure(
      'home screen JavaScript',
      `${(bytes / 1024).toFixed(0)} kB in ${home.length} files; tour chunks among them: ${three.length}`,
      'none',
    );
    const frame = await displayFrame(page);
    await openTour(page, host.url);
    const build = Number(await page.locator('.tour-stage').getAttribute('data-build-ms'));
    report('building the demo scene (2 floors)', build, 'one display frame', frame, '≤ 200 ms');

    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const visit = async () => {
      await openTour(page, host.url);
      const stage = page.locator('.tour-stage');
      const gpu = `${await stage.getAttribute('data-geometries')} geometries, ${await stage.getAttribute('data-textures')} textures`;
      await page.goto(`${host.url}/#/`);
      await page.getByRole('main').waitFor();
      return gpu;
    };
    const first = await heap();
    for (let i = 0; i < WARM_UP; i++) await visit();
    const warm = await heap();
    const gpuBefore = await visit();
    const before = await heap();
    let gpuAfter = gpuBefore;
    for (let i = 0; i < CYCLES; i++) gpuAfter = await visit();
    const after = await heap();
    figure(
      'heap at home before any visit, after 9 and 10 visits',
      `${(first / 1e6).toFixed(2)} MB, ${(warm / 1e6).toFixed(2)} MB, ${(before / 1e6).toFixed(2)} MB`,
    );
    figure(
      `heap after ${CYCLES} more visits`,
      `${(after / 1e6).toFixed(2)} MB = ${(after / before).toFixed(3)}× before them`,
      '≤ 1.1×',
    );
    figure('WebGL resources of a visit, before and after them', `${gpuBefore} → ${gpuAfter}`);
  } finally {
    await browser.close();
    await host.close();
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
