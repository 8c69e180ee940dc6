import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core';
import type { Logger } from '../core/log';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../preload/channels';
import { isTrustedSender, type SenderFacts } from './sender-check';

function factsOf(event: IpcMainInvokeEvent, win: BrowserWindow | null): SenderFacts {
  const contents = win && !win.isDestroyed() ? win.webContents : null;
  let frameUrl: string | null = null;
  let isMainFrame = false;
  try {
    // Reading a destroyed frame throws: that caller is simply not trusted.
    const frame = event.senderFrame;
    const main = contents?.mainFrame;
    if (frame && main) {
      frameUrl = frame.url;
      isMainFrame =
        frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId;
    }
  } catch {
    frameUrl = null;
  }
  return { senderId: event.sender.id, kioskContentsId: contents?.id ?? null, isMainFrame, frameUrl };
}

/** The session of a kiosk page: one per webContents, so a reload after a crash can end it. */
export function clientIdOf(contentsId: number): string {
  return `ipc:${contentsId}`;
}

/** `kiosk:invoke` → core.invoke, and core's push events → `kiosk:event`. */
export function bridgeIpc(core: Core, kioskWindow: () => BrowserWindow | null, log: Logger): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => {
    const facts = factsOf(event, kioskWindow());
    if (!isTrustedSender(facts)) {
      log.warn(`IPC refused from webContents ${facts.senderId} at ${facts.frameUrl ?? '?'}`);
      throw new Error('Refused: not the kiosk window');
    }
    return core.invoke(typeof method === 'string' ? method : '', input, clientIdOf(event.sender.id));
  });
  const unsubscribe = core.onEvent((event) => {
    const win = kioskWindow();
    if (win && !win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event);
  });
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    unsubscribe();
  };
}
