import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { hostBuilt, startHostProcess, tempDataDir, type HostProcess } from '../crash/host-process';
import { makeLan, whyNoNamespaces, type Lan } from '../lan/netns';
import { zh } from './shell-texts';
import { openSection, signIn, typeInto } from './shell-touch';

// The README's LAN steps, by touch, on a real network: the hub in one network namespace, a new
// screen's browser in another (veth pair); the admin uses the hub's own screen, a browser on the
// hub's loopback. Each browser is the system Chromium started inside its namespace.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ADMIN_PIN = '246810';
const PORT = 8443;
const why = hostBuilt() ? whyNoNamespaces() : 'the host is not built (npm run build)';
if (why) console.log(`The LAN screens test is skipped: ${why}.`);

test.describe.configure({ mode: 'serial' });
test.skip(why !== null, why ?? '');

let lan: Lan;
let data: { dir: string; remove(): void };
let hub: HostProcess;
let wrappers: string;
const browsers: Browser[] = [];

/** The system Chromium, started inside a namespace (`ip netns exec` keeps Playwright's pipe). */
async function screenIn(ns: string, baseURL: string): Promise<Page> {
  const wrapper = path.join(wrappers, `chromium-${ns}`);
  fs.writeFileSync(wrapper, `#!/bin/sh\nexec ip netns exec ${ns} ${CHROMIUM} "$@"\n`, { mode: 0o755 });
  const browser = await chromium.launch({
    executablePath: wrapper,
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run'],
  });
  browsers.push(browser);
  // The hub's certificate is its own: a person compares its fingerprint once, the test accepts it.
  const context = await browser.newContext({
    baseURL,
    ignoreHTTPSErrors: true,
    hasTouch: true,
    locale: 'zh-CN',
    viewport: { width: 1920, height: 1080 },
    reducedMotion: 'reduce',
  });
  return context.newPage();
}

const startHub = () =>
  startHostProcess(data.dir, ADMIN_PIN, undefined, {
    host: lan.hubAddress,
    port: PORT,
    prefix: lan.inside(lan.hub),
  });

test.beforeAll(async () => {
  lan = makeLan();
  data = tempDataDir('hongyi-lan-e2e-');
  wrappers = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-lan-browsers-'));
  hub = await startHub();
});

test.afterAll(async () => {
  for (const b of browsers) await b.close();
  await hub?.stop();
  lan?.remove();
  data?.remove();
  fs.rmSync(wrappers, { recursive: true, force: true });
});

test('a new screen pairs with the code the admin shows on the hub, sees the loss of the hub, and keeps what was typed', async () => {
  const hubUrl = `https://${lan.hubAddress}:${PORT}`;
  // The admin, at the hub's own screen: 设备 → 生成配对码.
  const admin = await screenIn(lan.hub, `https://127.0.0.1:${PORT}`);
  await signIn(admin, 'admin', ADMIN_PIN);
  await openSection(admin, zh('staff', 'sections.devices'));
  await expect(admin.getByText(hubUrl, { exact: true })).toBeVisible();
  await admin.getByRole('button', { name: zh('staff', 'devices.makeCode'), exact: true }).tap();
  const code = (await admin.locator('.devices-code-digits').textContent())?.trim() ?? '';
  expect(code).toMatch(/^\d{6}$/);

  // The new screen opens the hub's address and gets the pairing page, nothing else.
  const screen = await screenIn(lan.screen, hubUrl);
  await screen.goto('/');
  await expect(screen.getByRole('heading', { name: zh('common', 'pairing.title') })).toBeVisible();
  await typeInto(screen.getByRole('textbox', { name: zh('common', 'pairing.code') }), code);
  await typeInto(screen.getByRole('textbox', { name: zh('common', 'pairing.name') }), 'hall 2');
  await screen.getByRole('button', { name: zh('common', 'pairing.submit'), exact: true }).tap();
  await expect(screen.getByRole('heading', { name: zh('common', 'pairing.title') })).toHaveCount(0);

  // The hub's list shows it at once (the event stream), with the screen's address.
  const row = admin.getByRole('row').filter({ hasText: 'hall 2' });
  await expect(row).toBeVisible();
  await expect(row).toContainText(lan.screenAddress);

  // A visitor types a search; the hub goes away and comes back; the letters stay.
  await screen.goto('/#/areas/library');
  const field = screen.getByRole('textbox', { name: '书名、作者或拼音' });
  await typeInto(field, 'dsxx');
  await hub.kill();
  const banner = screen.getByText(zh('common', 'connection.lost'), { exact: true });
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(field).toHaveValue('dsxx');
  hub = await startHub();
  await expect(banner).toHaveCount(0, { timeout: 30_000 });
  await expect(field).toHaveValue('dsxx');
  await screen.getByRole('button', { name: '搜索' }).tap();
  await expect(screen.getByRole('status').filter({ hasText: '找到' })).toBeVisible();
});
