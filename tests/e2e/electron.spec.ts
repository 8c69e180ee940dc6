import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { resolveElectronBinary } from '../../electron/start/electron-binary';
import { ADMIN_PIN } from './host';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = path.join(ROOT, 'dist', 'electron', 'main.cjs');

/** The Electron binary to launch, or why there is none: this spec runs only where Electron can. */
function electronOrReason(): { binary: string } | { reason: string } {
  const electronDir = path.join(ROOT, 'node_modules', 'electron');
  const lookup = resolveElectronBinary({
    env: process.env,
    platform: process.platform,
    electronDir: fs.existsSync(electronDir) ? electronDir : null,
    readText: (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null),
    exists: (file) => fs.existsSync(file),
  });
  if (!lookup.found) {
    const where = lookup.path ?? 'node_modules/electron';
    return {
      reason: `no Electron binary (${lookup.reason} at ${where}); install it with ELECTRON_MIRROR or point ELECTRON_OVERRIDE_DIST_PATH at one`,
    };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return {
      reason: `Electron is at ${lookup.path}, but there is no display (DISPLAY or WAYLAND_DISPLAY) to open it on`,
    };
  }
  if (!fs.existsSync(MAIN)) return { reason: `${MAIN} is missing: run npm run build first` };
  return { binary: lookup.path };
}

/** What the page sees of its own globals; the tests' tsconfig has no DOM types. */
interface PageGlobals {
  kiosk?: Record<string, unknown> & {
    invoke(method: string, input: unknown): Promise<{ ok: boolean; value?: { centreName?: string } }>;
  };
  require?: unknown;
  process?: unknown;
  module?: unknown;
  open(url: string): unknown;
  location: { href: string };
  document: { createElement(tag: string): { constructor: { name: string } } };
  Notification: { requestPermission(): Promise<string> };
}

test.describe('the Electron kiosk', () => {
  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeAll(async () => {
    const found = electronOrReason();
    if ('reason' in found) {
      // Printed so a run here says plainly why the Electron checks did not run.
      console.log(`Electron e2e skipped: ${found.reason}`);
      test.skip(true, found.reason);
      return;
    }
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-electron-'));
    app = await _electron.launch({
      executablePath: found.binary,
      // `--graphics-restart`: this process is the one Playwright drives, so a machine without a
      // graphics driver must not restart it to apply software compositing (graphics.ts).
      args: [MAIN, '--data', dataDir, '--admin-pin', ADMIN_PIN, '--graphics-restart'],
      env: { ...process.env, HONGYI_ADMIN_PIN: '', HONGYI_DATA_DIR: '' },
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('the window is made with the security checklist', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents;
      // Undocumented but long-standing: the preferences the page was really created with.
      const read = contents as unknown as { getLastWebPreferences(): Record<string, unknown> };
      return read.getLastWebPreferences();
    });
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
    });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(page.url()).toMatch(/^app:\/\/kiosk\//);
  });

  test('the page gets window.kiosk with exactly invoke, on and transfer, and nothing of Node', async () => {
    const seen = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      return {
        keys: Object.keys(g.kiosk ?? {}).sort(),
        require: typeof g.require,
        process: typeof g.process,
        module: typeof g.module,
        webview: g.document.createElement('webview').constructor.name,
      };
    });
    expect(seen).toEqual({
      keys: ['invoke', 'on', 'transfer'],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      webview: 'HTMLUnknownElement',
    });
  });

  test('new windows, navigation away and permissions are refused', async () => {
    const opened = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).open('https://example.com/') === null,
    );
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
    const permission = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).Notification.requestPermission(),
    );
    expect(permission).toBe('denied');
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/kiosk\//);
  });

  test('the attract screen shows the centre over IPC', async () => {
    const info = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).kiosk!.invoke('kiosk.info', {}),
    );
    expect(info.ok).toBe(true);
    const centreName = info.value?.centreName ?? '';
    expect(centreName).not.toBe('');
    await expect(page.getByText(centreName).first()).toBeVisible();
  });
});
