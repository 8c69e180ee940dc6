import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, Menu, powerSaveBlocker, screen, session, type BrowserWindow } from 'electron';
import { Core } from '../core';
import type { ShellHooks } from '../core/context';
import type { Logger } from '../core/log';
import { APP_NAME } from '../core/paths';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { bridgeIpc, clientIdOf } from './ipc-bridge';
import { TrustedWindows } from './trusted-windows';
import { createKioskWindow, createShowWindow, leaveKiosk } from './kiosk-window';
import { fileChooser } from './media-dialog';
import { transferDialogs } from './transfer-dialogs';
import { nextGraphicsChoice, readGraphicsChoice, writeGraphicsChoice, type GpuBasicInfo } from './graphics';
import { setupLogging } from './logging';
import { parseMainArgs, type MainOptions } from './main-options';
import { superviseRenderer } from './recovery';
import { RecoveryPolicy } from './recovery-policy';
import { lockDownContents, lockDownSession } from './session-guards';
import { showWindowKeeper } from './show-window';

/** Added to the command line of the restart that applies a new graphics choice (it never restarts twice). */
const GRAPHICS_RESTART = '--graphics-restart';

// dist/electron/main.cjs → dist/electron/preload.cjs and dist/renderer (also inside app.asar).
const PRELOAD = path.join(__dirname, 'preload.cjs');
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');

function readOptions(): MainOptions | null {
  try {
    return parseMainArgs(process.argv.slice(1), process.env);
  } catch (err) {
    dialog.showErrorBox('Hongyi 红驿', err instanceof Error ? err.message : String(err));
    return null;
  }
}

async function openCore(options: MainOptions, dataDir: string, log: Logger, shell: ShellHooks) {
  try {
    return await Core.open({
      dataDir,
      demo: options.demo,
      adminPin: options.adminPin,
      log,
      shell,
    });
  } catch (err) {
    log.error('Could not open the data folder', err);
    const why = err instanceof Error ? err.message : String(err);
    dialog.showErrorBox('Hongyi 红驿', `${why}\n\n${dataDir}`);
    return null;
  }
}

function main(): void {
  const options = readOptions();
  if (!options) return app.exit(2);

  app.setName(APP_NAME);
  // The same folder electron/core/paths.ts computes, so the kiosk and browser mode share one database.
  const dataDir = options.dataDir ?? path.join(app.getPath('appData'), APP_NAME);
  // setPath refuses a folder that does not exist yet (a fresh machine, a new --data).
  fs.mkdirSync(dataDir, { recursive: true });
  app.setPath('userData', dataDir);
  // The lock is held per userData folder: a second launch on the same data focuses the first.
  if (!app.requestSingleInstanceLock()) return app.quit();

  // WebGL on a PC without a graphics driver: Chromium no longer falls back to SwiftShader by itself.
  // "Unsafe" is about untrusted pages; the kiosk shows only its own (session-guards.ts).
  app.commandLine.appendSwitch('enable-unsafe-swiftshader');
  const graphics = readGraphicsChoice(dataDir);
  if (graphics?.softwareCompositing) app.commandLine.appendSwitch('disable-gpu-compositing');

  registerAppScheme();
  const log = setupLogging(dataDir);
  lockDownContents(log);
  Menu.setApplicationMenu(null);

  // The shell's own windows, each trusted for its purpose (today the kiosk; a show or door display next).
  const windows = new TrustedWindows<BrowserWindow>();
  const kioskWindow = () => windows.first('kiosk');
  let core: Core | null = null;
  let quitting = false;

  const relaunch = () => {
    quitting = true;
    core?.close();
    app.relaunch();
    app.exit(0);
  };
  const exitKiosk = () => {
    // After the reply to `kiosk.exit` has gone out.
    setImmediate(() => {
      const win = kioskWindow();
      if (win?.isKiosk()) leaveKiosk(win);
      else app.quit();
    });
  };

  /** Decides the graphics choice from what Chromium found; true when restarting to apply it. */
  const applyGraphics = async (): Promise<boolean> => {
    try {
      const info = (await app.getGPUInfo('basic')) as GpuBasicInfo;
      const next = nextGraphicsChoice(graphics, info, new Date(), process.argv.includes(GRAPHICS_RESTART));
      if (!next) return false;
      writeGraphicsChoice(dataDir, next.choice);
      const how = next.choice.softwareCompositing ? 'software compositing' : 'GPU compositing';
      log.info(`Graphics: ${how} (${next.choice.reason})${next.relaunch ? '; restarting to apply it' : ''}`);
      if (!next.relaunch) return false;
      app.relaunch({ args: [...process.argv.slice(1), GRAPHICS_RESTART] });
      app.exit(0);
      return true;
    } catch (err) {
      // Never a reason not to start: the kiosk draws as Chromium chose.
      log.warn('Could not decide how to draw', err);
      return false;
    }
  };

  app.on('second-instance', () => {
    const win = kioskWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());
  app.on('child-process-gone', (_event, details) =>
    log.warn(`${details.type} process gone: ${details.reason} (${details.exitCode})`),
  );

  void app.whenReady().then(async () => {
    log.info(`Hongyi ${app.getVersion()} starting; data folder ${dataDir}`);
    lockDownSession(session.defaultSession, log);
    if (await applyGraphics()) return;
    core = await openCore(options, dataDir, log, { exitKiosk, chooseFile: fileChooser(dialog, kioskWindow) });
    if (!core) return app.exit(1);
    if (core.recovery) log.error(`The database is ${core.recovery}; an admin must restore a backup`);

    serveRenderer(RENDERER_DIR, core.media, log);
    bridgeIpc(
      core,
      windows,
      log,
      transferDialogs(dialog, kioskWindow, () => app.getPath('documents')),
    );
    const created = createKioskWindow({ preload: PRELOAD, packaged: app.isPackaged, kiosk: options.kiosk });
    windows.add(created, 'kiosk');
    const contentsId = created.webContents.id;
    superviseRenderer(created, {
      policy: new RecoveryPolicy(() => Date.now()),
      log,
      beforeReload: () => core?.sessions.signOut(clientIdOf(contentsId)),
      relaunch,
      quitting: () => quitting,
    });

    // A show on a second display, beside the touch screen, when the setting names one.
    const opened = core;
    const show = showWindowKeeper({
      displays: () => ({ all: screen.getAllDisplays(), primaryId: screen.getPrimaryDisplay().id }),
      wanted: () => opened.settings()?.['display.showScreen'] ?? 0,
      open: (display) => {
        const win = createShowWindow({ preload: PRELOAD, packaged: app.isPackaged, kiosk: false }, display);
        windows.add(win, 'show');
        return win;
      },
      log,
    });
    show.sync();
    screen.on('display-added', () => show.sync());
    screen.on('display-removed', () => show.sync());
    screen.on('display-metrics-changed', () => show.sync());
    core.onEvent((event) => {
      if (event.name === 'settings.changed') show.sync();
    });

    powerSaveBlocker.start('prevent-display-sleep');
    core.startMaintenance();
  });
}

main();
