import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { Core, silentLogger } from '../../electron/core';
import { startHost } from '../../electron/host/server';
import { figure, median, report, section } from './stats';

const ROOT = process.cwd();
const HOST_JS = path.join(ROOT, 'dist/electron/host.js');
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** Spawns a server process and times it from spawn to its first answer to `kiosk.info`. */
async function timeToFirstAnswer(args: string[]): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /Listening on (http:\/\/\S+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const res = await fetch(`${url}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kiosk': '1' },
      body: JSON.stringify({ method: 'kiosk.info', input: {} }),
    });
    if (!res.ok) throw new Error(`kiosk.info answered ${res.status}`);
    await res.json();
    return performance.now() - t0;
  } finally {
    child.kill('SIGKILL');
  }
}

// The baseline server: node's own http module answering JSON, nothing else.
const BARE_SERVER = `
const http = require('node:http');
const s = http.createServer((q, r) => { r.setHeader('Content-Type', 'application/json'); r.end('{"ok":true,"value":{}}'); });
s.listen(0, '127.0.0.1', () => console.log('Listening on http://127.0.0.1:' + s.address().port));
`;

async function hostStart(runs: number): Promise<void> {
  const fresh: number[] = [];
  const warm: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = tmp('hongyi-bench-');
    fresh.push(await timeToFirstAnswer([HOST_JS, '--port', '0', '--data', dir, '--admin-pin', '246810']));
    warm.push(await timeToFirstAnswer([HOST_JS, '--port', '0', '--data', dir]));
    bare.push(await timeToFirstAnswer(['-e', BARE_SERVER]));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  report(
    'host start → first answer (existing data folder, median)',
    median(warm),
    'bare node http server',
    median(bare),
  );
  report(
    'host start → first answer (fresh folder + demo seed, median)',
    median(fresh),
    'bare node http server',
    median(bare),
  );
}

async function timeToInteractive(
  browser: Browser,
  url: string,
  ready: (page: Page) => Promise<void>,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  const page = await context.newPage();
  const t0 = performance.now();
  await page.goto(url);
  await ready(page);
  const elapsed = performance.now() - t0;
  await context.close();
  return elapsed;
}

/** Builds the baseline page with Vite and serves it with the same host code as the kiosk. */
/** What the visitor's first screen costs in JavaScript (lazily loaded staff sections excluded). */
const JS_BUDGET_KIB = 795;
const kib = (bytes: number) => (bytes / 1024).toFixed(0);

async function firstScreenJs(
  browser: Browser,
  url: string,
  ready: (page: Page) => Promise<void>,
): Promise<{ bytes: number; files: number }> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.js')) sizes.push(response.body().then((b) => b.length));
  });
  await page.goto(url);
  await ready(page);
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { bytes, files: sizes.length };
}

async function serveEmptyApp() {
  const outDir = tmp('hongyi-bench-empty-');
  await build({
    root: path.join(ROOT, 'tests/bench/empty-app'),
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
  const core = await Core.open({ dataDir: tmp('hongyi-bench-data-'), demo: false, log: silentLogger });
  const host = await startHost({ core, staticDir: outDir, log: silentLogger });
  return { url: host.url, close: async () => (await host.close(), core.close()) };
}

/** The renderer's time to an interactive home screen, against an empty React page, in Chromium. */
async function rendererStart(runs: number, homeReady: (page: Page) => Promise<void>): Promise<void> {
  const empty = await serveEmptyApp();
  const core = await Core.open({ dataDir: tmp('hongyi-bench-data-'), adminPin: '246810', log: silentLogger });
  const host = await startHost({ core, staticDir: path.join(ROOT, 'dist/renderer'), log: silentLogger });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const app: number[] = [];
    const base: number[] = [];
    // Interleaved so that machine noise falls on both alike; the first pair warms the browser.
    for (let i = 0; i <= runs; i++) {
      const a = await timeToInteractive(browser, `${host.url}/#/home`, homeReady);
      const b = await timeToInteractive(browser, empty.url, (p) =>
        p.getByRole('button', { name: 'ready' }).waitFor(),
      );
      if (i > 0) {
        app.push(a);
        base.push(b);
      }
    }
    report(
      'renderer → interactive home screen (median)',
      median(app),
      'empty React page',
      median(base),
      '≤ 2×',
    );
    await attractFrames(host.url);
    const first = await firstScreenJs(browser, `${host.url}/#/home`, homeReady);
    const all = fs
      .readdirSync(path.join(ROOT, 'dist/renderer/assets'))
      .filter((f) => f.endsWith('.js'))
      .reduce((sum, f) => sum + fs.statSync(path.join(ROOT, 'dist/renderer/assets', f)).size, 0);
    figure(
      "first screen's JavaScript",
      `${kib(first.bytes)} KiB in ${first.files} files, budget ${JS_BUDGET_KIB} KiB` +
        `${first.bytes > JS_BUDGET_KIB * 1024 ? ' — OVER BUDGET' : ''} (all chunks ${kib(all)} KiB)`,
    );
  } finally {
    await browser.close();
    await host.close();
    core.close();
    await empty.close();
  }
}

/** Mean time between animation frames over `ms`: about 16.7 ms when nothing makes frames slow. */
async function frameTime(page: Page, ms: number): Promise<number> {
  // A string, as the benchmark is compiled without the DOM's types.
  return page.evaluate<number>(`new Promise((resolve) => {
    let frames = 0;
    const t0 = performance.now();
    const tick = () => {
      frames++;
      const elapsed = performance.now() - t0;
      if (elapsed < ${ms}) requestAnimationFrame(tick);
      else resolve(elapsed / frames);
    };
    requestAnimationFrame(tick);
  })`);
}

/**
 * The attract screen, which runs all day, drawn the way a kiosk PC without a display driver draws
 * it (SwiftShader): calm (as the renderer sets itself there) against its endless animations.
 */
async function attractFrames(url: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
    await page.goto(`${url}/#/`);
    await page.locator('html[data-motion="calm"]').waitFor({ state: 'attached' });
    const calm = await frameTime(page, 5000);
    await page.evaluate('delete document.documentElement.dataset.motion');
    const animated = await frameTime(page, 5000);
    report(
      'attract screen frame time, software rendering, calm (mean)',
      calm,
      'with its endless animations',
      animated,
    );
  } finally {
    await browser.close();
  }
}

export async function platformBench(homeReady: (page: Page) => Promise<void>): Promise<void> {
  section('Platform');
  await hostStart(5);
  await rendererStart(7, homeReady);
}
