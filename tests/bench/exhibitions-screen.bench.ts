import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { silentLogger } from '../../electron/core';
import { startHost } from '../../electron/host/server';
import { seed, SHOW_SECONDS, VIEWER_PHOTOS, type Seeded } from './exhibitions-screen-seed';
import { progress, seconds } from './library.bench';
import { figure, ms, percentile, report, section, timeAsync } from './stats';

/** The issue's sizes: a timeline of 1,000 exhibits, a show of 500 photos. */
export const SCREEN_EXHIBITS = 1000;
export const SHOW_PHOTOS = 500;
/** Memory is sampled every this many slides. */
const SAMPLE_EVERY = 50;
const SWIPES = 20;

const ROOT = process.cwd();
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

// The page's side is written as strings: the benchmark is compiled without the DOM's types.

/** After the next frame is painted: a rAF callback runs before the paint, a message after it. */
const AFTER_PAINT = `new Promise((r) => requestAnimationFrame(() => {
  const c = new MessageChannel(); c.port1.onmessage = () => r(performance.now()); c.port2.postMessage(null);
}))`;

/**
 * Armed before a tap: from the finger's touchstart to the viewer in the page, to its picture
 * loaded, to the picture decoded and the frame after it painted (ms after the touchstart each).
 */
const ARM_VIEWER = `void (window.__photoOpen = new Promise((resolve, reject) => {
  let t0 = NaN;
  addEventListener('touchstart', (e) => { t0 = e.timeStamp; }, { capture: true, once: true, passive: true });
  const mo = new MutationObserver(() => {
    const img = document.querySelector('img.exhibitions-viewer-image');
    if (!img) return;
    mo.disconnect();
    const shown = performance.now();
    const loaded = img.complete ? Promise.resolve(performance.now())
      : new Promise((r) => img.addEventListener('load', () => r(performance.now()), { once: true }));
    Promise.all([loaded, img.decode()])
      .then(([at]) => ${AFTER_PAINT}.then((painted) => resolve({ shown: shown - t0, loaded: at - t0, painted: painted - t0 })))
      .catch(reject);
  });
  mo.observe(document.body, { childList: true, subtree: true });
}))`;

/** The same picture fetched into a blob first, then timed from the blob to its decoded frame painted. */
const BLOB_DECODE = `async (url) => {
  const blob = await (await fetch(url)).blob();
  const t0 = performance.now();
  const src = URL.createObjectURL(blob);
  const img = new Image();
  img.src = src;
  await img.decode();
  img.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;object-fit:contain;z-index:99999';
  document.body.append(img);
  const painted = await ${AFTER_PAINT};
  img.remove();
  URL.revokeObjectURL(src);
  return painted - t0;
}`;

/** Tap → the photo decoded and painted, per picture of the set, against decoding it from a blob. */
async function photoViewer(context: BrowserContext, url: string, s: Seeded): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${url}/#/areas/exhibitions/${s.timelineId}/exhibits/${s.photoSetUid}`);
  const thumbs = page.locator('.exhibitions-photo-grid .exhibitions-photo-thumb');
  await thumbs.nth(VIEWER_PHOTOS - 1).waitFor();
  await page.evaluate("document.querySelector('.exhibitions-photo-main img').decode()");
  const opened: { shown: number; loaded: number; painted: number }[] = [];
  const srcs: string[] = [];
  // The first picture is on the page already (the large one): the others come from the host.
  for (let i = 1; i < VIEWER_PHOTOS; i++) {
    await page.evaluate(ARM_VIEWER);
    await thumbs.nth(i).tap();
    opened.push(
      await page.evaluate<{ shown: number; loaded: number; painted: number }>('window.__photoOpen'),
    );
    srcs.push(await page.evaluate<string>("document.querySelector('img.exhibitions-viewer-image').src"));
    await page.locator('.exhibitions-viewer-close').tap();
    await page.locator('.exhibitions-viewer').waitFor({ state: 'detached' });
    await sleep(300);
  }
  const blob: number[] = [];
  // A string is evaluated as it is (never called): the call is written into it.
  for (const src of srcs) blob.push(await page.evaluate<number>(`(${BLOB_DECODE})(${JSON.stringify(src)})`));
  await page.close();
  const painted = opened.map((o) => o.painted);
  const p50 = percentile(painted, 50);
  report(
    `photo viewer: tap → picture decoded and painted, median of ${painted.length}`,
    p50,
    'the same picture decoded from a blob in the page',
    percentile(blob, 50),
    `≤ 100 ms${p50 > 100 ? ' — OVER' : ''}`,
  );
  figure(
    '  its steps (medians): tap → viewer in the page / picture loaded / decoded and painted',
    `${ms(
      percentile(
        opened.map((o) => o.shown),
        50,
      ),
    )} / ${ms(
      percentile(
        opened.map((o) => o.loaded),
        50,
      ),
    )} / ${ms(p50)}; slowest ${ms(Math.max(...painted))}`,
  );
}

/** Frame deltas from requestAnimationFrame until `window.__frames.stop()`; read by `window.__frames.deltas`. */
const FRAMES_START = `(() => {
  const deltas = [];
  let last = null;
  let on = true;
  const tick = (t) => {
    if (last !== null) deltas.push(t - last);
    last = t;
    if (on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__frames = { deltas, stop: () => { on = false; return deltas; } };
})()`;

async function frames<T>(page: Page, during: () => Promise<T>): Promise<[T, number[]]> {
  await page.evaluate(FRAMES_START);
  const value = await during();
  return [value, await page.evaluate<number[]>('window.__frames.stop()')];
}

const touch = (cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', x?: number, y?: number) =>
  cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: x === undefined || y === undefined ? [] : [{ x: Math.round(x), y: Math.round(y), id: 0 }],
  });

/** The timeline swiped by a finger (touch moves about 60 a second), each fling cut short by the next swipe. */
async function timelineFrames(
  context: BrowserContext,
  url: string,
  exhibits: number,
  drawn: string,
): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${url}/#/areas/exhibitions/timeline`);
  const line = page.getByTestId('exhibitions-timeline');
  await line.locator('.exhibitions-timeline-card').first().waitFor();
  const holds = await line.locator('.exhibitions-timeline-cells').getAttribute('aria-label');
  await sleep(1000);
  const [, idle] = await frames(page, () => sleep(3000));
  await line.scrollIntoViewIfNeeded();
  const box = await line.boundingBox();
  if (!box) throw new Error('the timeline is not on screen');
  const cdp = await context.newCDPSession(page);
  const y = box.y + box.height / 2;
  const [, swiping] = await frames(page, async () => {
    for (let k = 0; k < SWIPES; k++) {
      const x0 = box.x + box.width * 0.8;
      await touch(cdp, 'touchStart', x0, y);
      for (let step = 1; step <= 12; step++) {
        await sleep(16);
        await touch(cdp, 'touchMove', x0 - step * 50, y);
      }
      await touch(cdp, 'touchEnd');
      await sleep(400);
    }
    // The last fling runs out.
    await sleep(1500);
  });
  const moved = await page.evaluate<{ at: number; width: number; cells: number }>(`(() => {
    const track = document.querySelector('.exhibitions-timeline-track');
    const at = -Number(/translate3d\\((-?[\\d.]+)px/.exec(track.style.transform)?.[1] ?? 0);
    return { at, width: track.offsetWidth, cells: track.querySelectorAll('.exhibitions-timeline-cell').length };
  })()`);
  await page.close();
  const p95 = percentile(swiping, 95);
  progress(
    `${holds ?? `${exhibits} exhibits`}; ${SWIPES} swipes moved it ${Math.round(moved.at)} px of ${moved.width} px`,
  );
  report(
    `timeline, ${exhibits} exhibits, touch swipes, ${drawn}: frame time p95 (${swiping.length} frames)`,
    p95,
    'an empty rAF loop in the same page, p95',
    percentile(idle, 95),
    `≤ 33 ms${p95 > 33 ? ' — OVER' : ''}`,
  );
  const long = swiping.filter((d) => d > 20).length;
  figure(
    '  its frames: p50 / max; frames longer than 20 ms',
    `${ms(percentile(swiping, 50))} / ${ms(Math.max(...swiping))}; ${long} of ${swiping.length} (idle: p50 ${ms(percentile(idle, 50))}, max ${ms(Math.max(...idle))}); ${moved.cells} cards in the page at the end`,
  );
}

/** Counts object URLs made and not revoked, from before the page's own scripts run. */
const COUNT_OBJECT_URLS = `(() => {
  const live = new Set();
  let made = 0;
  const create = URL.createObjectURL.bind(URL);
  const revoke = URL.revokeObjectURL.bind(URL);
  URL.createObjectURL = (o) => { const u = create(o); live.add(u); made++; return u; };
  URL.revokeObjectURL = (u) => { live.delete(u); revoke(u); };
  Object.defineProperty(window, '__objectUrls', { value: () => ({ made, live: live.size }) });
})()`;

/** The slide on screen, if it is one not seen before (marked as seen), with its picture decoded. */
const NEW_SLIDE = `(() => {
  const slide = document.querySelector('.exhibitions-show > *');
  if (!slide || slide.dataset.benchSeen) return Promise.resolve(false);
  slide.dataset.benchSeen = '1';
  const img = slide.querySelector('img');
  return img ? img.decode().then(() => true, () => true) : true;
})()`;

interface Memory {
  slide: number;
  heap: number;
  nodes: number;
  listeners: number;
  /** Proportional set size of Chromium's renderer and GPU processes, where /proc tells it. */
  pss: { renderer: number; gpu: number } | null;
  urls: { made: number; live: number };
}

/** PSS (bytes) of the renderer and GPU processes among this process's descendants, from /proc. */
function chromiumPss(): { renderer: number; gpu: number } | null {
  if (!fs.existsSync('/proc/self/smaps_rollup')) return null;
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // A process that ended meanwhile.
    }
  }
  const pss = { renderer: 0, gpu: 0 };
  const queue = [...(children.get(process.pid) ?? [])];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    queue.push(...(children.get(pid) ?? []));
    try {
      const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const type = /--type=(renderer|gpu-process)/.exec(args)?.[1];
      if (!type) continue;
      const kb = /^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1];
      pss[type === 'renderer' ? 'renderer' : 'gpu'] += Number(kb ?? 0) * 1024;
    } catch {
      // Gone, or not ours to read.
    }
  }
  return pss;
}

async function sampleMemory(page: Page, cdp: CDPSession, slide: number): Promise<Memory> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return {
    slide,
    heap: usedSize,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    pss: chromiumPss(),
    urls: await page.evaluate<{ made: number; live: number }>('window.__objectUrls()'),
  };
}

/** The big screen over every photo of the show and back to its title, memory sampled every 50 slides. */
async function showLoop(context: BrowserContext, url: string, showPhotos: number): Promise<void> {
  const page = await context.newPage();
  await page.addInitScript(COUNT_OBJECT_URLS);
  // The slides' timers run on a fake clock, advanced here: 500 slides of 3 s would take 25 minutes.
  await page.clock.install();
  await page.goto(`${url}/#/show`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const nextSlide = async (slide: number) => {
    // Most of a slide's time at once; then a step at a time until the next slide is on screen
    // (its timer starts when it has rendered, which the page does in real time).
    if (slide > 0) await page.clock.runFor(SHOW_SECONDS * 1000 - 250);
    const t0 = performance.now();
    for (;;) {
      if (await page.evaluate<boolean>(NEW_SLIDE)) return;
      if (performance.now() - t0 > 60_000) throw new Error(`the show did not reach slide ${slide}`);
      await page.clock.runFor(250);
      await sleep(5);
    }
  };
  // A title, then every photo, then the title again: one whole loop.
  const slides = 1 + showPhotos;
  const samples: Memory[] = [];
  const [, loopMs] = await timeAsync(async () => {
    for (let slide = 0; slide <= slides; slide++) {
      await nextSlide(slide);
      if (slide % SAMPLE_EVERY === 0 || slide === slides) samples.push(await sampleMemory(page, cdp, slide));
    }
  });
  await page.close();
  const first = samples[0];
  const middle = samples[Math.floor(samples.length / 2)];
  const last = samples.at(-1);
  if (!first || !middle || !last) throw new Error('no memory samples');
  progress(
    `${slides + 1} slides (title, ${showPhotos} photos, the title again) in ${seconds(loopMs)} on a fake clock of ${SHOW_SECONDS} s a slide`,
  );
  const at = (m: Memory, f: (m: Memory) => string) => `${f(m)} (slide ${m.slide})`;
  const trio = (f: (m: Memory) => string) => `${at(first, f)} → ${at(middle, f)} → ${at(last, f)}`;
  figure(
    `show, ${showPhotos} photos: JS heap after GC, start → middle → end`,
    trio((m) => mb(m.heap)),
  );
  if (first.pss !== null)
    figure(
      '  renderer + GPU processes (PSS: decoded pictures included), start → middle → end',
      trio((m) => mb((m.pss?.renderer ?? 0) + (m.pss?.gpu ?? 0))),
    );
  figure(
    '  DOM nodes / event listeners, start → end',
    `${first.nodes} / ${first.listeners} → ${last.nodes} / ${last.listeners}`,
  );
  figure(
    '  object URLs made / not revoked at the end',
    `${last.urls.made} / ${last.urls.live}`,
    'no URL left unrevoked, flat memory',
  );
  figure(
    `  every sample (slide: heap, PSS of the renderers + the GPU process)`,
    samples
      .map((m) => `${m.slide}: ${mb(m.heap)}${m.pss ? `, ${mb(m.pss.renderer)} + ${mb(m.pss.gpu)}` : ''}`)
      .join('; '),
  );
}

/**
 * 园区历史展 on screen, in Chromium by touch under software rendering (SwiftShader), against the
 * HTTP host on a data folder of its own: a photo opened in the viewer, the timeline of `exhibits`
 * exhibits swiped, and the big screen's show over `showPhotos` photos with its memory.
 */
export async function exhibitionsScreenBench(
  exhibits = SCREEN_EXHIBITS,
  showPhotos = SHOW_PHOTOS,
): Promise<void> {
  section(
    `园区历史展 on screen: the photo viewer, the timeline of ${exhibits} exhibits, a show of ${showPhotos} photos`,
  );
  const staticDir = path.join(ROOT, 'dist/renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    console.log('skipped: no dist/renderer (build the renderer with `npm run build`)');
    return;
  }
  const seeded = await seed(exhibits, showPhotos);
  const host = await startHost({ core: seeded.core, staticDir, log: silentLogger });
  const launch = (extra: string[]) =>
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        ...extra,
      ],
    });
  const browser = await launch([]);
  // The Electron kiosk on a PC without a graphics driver composites the page in software
  // (electron/main/graphics.ts): the timeline measured so too, after Chromium's default.
  const softwareComposited = await launch(['--disable-gpu-compositing']);
  try {
    const context = (b: Browser = browser) =>
      b.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true, locale: 'zh-CN' });
    // A context each: its own cache, so every picture comes from the host the first time.
    for (const run of [
      (c: BrowserContext) => photoViewer(c, host.url, seeded),
      (c: BrowserContext) => timelineFrames(c, host.url, exhibits, 'SwiftShader'),
      (c: BrowserContext) => showLoop(c, host.url, showPhotos),
    ]) {
      const c = await context();
      try {
        await run(c);
      } finally {
        await c.close();
      }
    }
    const c = await context(softwareComposited);
    try {
      await timelineFrames(c, host.url, exhibits, 'SwiftShader, page composited in software (the kiosk)');
    } finally {
      await c.close();
    }
  } finally {
    await browser.close();
    await softwareComposited.close();
    await host.close();
    seeded.core.close();
    fs.rmSync(seeded.dataDir, { recursive: true, force: true });
  }
}
