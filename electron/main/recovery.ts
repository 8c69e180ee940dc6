import type { BrowserWindow } from 'electron';
import type { Logger } from '../core/log';
import { APP_START_URL } from './app-url';
import type { RecoveryPolicy } from './recovery-policy';

export interface SupervisorHooks {
  policy: RecoveryPolicy;
  log: Logger;
  /** Before a reload: the page starts over at the attract screen, so its staff session ends. */
  beforeReload(): void;
  relaunch(): void;
  quitting(): boolean;
}

/** Crash → reload with backoff; hang → a grace period, then kill and reload; too many → relaunch. */
export function superviseRenderer(win: BrowserWindow, hooks: SupervisorHooks): void {
  const { policy, log } = hooks;
  let reloadTimer: NodeJS.Timeout | undefined;
  let hangTimer: NodeJS.Timeout | undefined;

  const failed = (why: string) => {
    if (hooks.quitting() || win.isDestroyed()) return;
    const step = policy.onFailure();
    if (step.action === 'relaunch') {
      log.error(`Renderer failed (${why}) ${step.failures} times in a short while: relaunching the app`);
      hooks.relaunch();
      return;
    }
    log.warn(`Renderer failed (${why}), failure ${step.failures}: reloading in ${step.delayMs} ms`);
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      if (win.isDestroyed()) return;
      hooks.beforeReload();
      void win.loadURL(APP_START_URL);
    }, step.delayMs);
  };

  win.webContents.on('render-process-gone', (_event, details) => {
    clearTimeout(hangTimer);
    failed(`${details.reason}, exit code ${details.exitCode}`);
  });
  win.on('unresponsive', () => {
    log.warn(`Renderer unresponsive: waiting ${policy.hangGraceMs} ms`);
    clearTimeout(hangTimer);
    hangTimer = setTimeout(() => {
      if (win.isDestroyed()) return;
      // Killing it turns the hang into a crash, which the handler above reloads.
      log.warn('Renderer still unresponsive: killing it');
      win.webContents.forcefullyCrashRenderer();
    }, policy.hangGraceMs);
  });
  win.on('responsive', () => clearTimeout(hangTimer));
  win.on('closed', () => {
    clearTimeout(reloadTimer);
    clearTimeout(hangTimer);
  });
}
