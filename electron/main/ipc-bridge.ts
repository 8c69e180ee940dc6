import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core';
import type { Logger } from '../core/log';
import { EVENT_CHANNEL, INVOKE_CHANNEL, TRANSFER_CHANNEL } from '../preload/channels';
import { mayCall, trustedPurpose, type SenderFacts } from './sender-check';
import { transfer, type TransferDialogs } from './transfer';
import type { TrustedWindows } from './trusted-windows';

function factsOf(event: IpcMainInvokeEvent, windows: TrustedWindows): SenderFacts {
  const own = windows.get(event.sender.id);
  let frameUrl: string | null = null;
  let isMainFrame = false;
  try {
    // Reading a destroyed frame throws: that caller is simply not trusted.
    const frame = event.senderFrame;
    const main = own?.win.webContents.mainFrame;
    if (frame && main) {
      frameUrl = frame.url;
      isMainFrame =
        frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId;
    }
  } catch {
    frameUrl = null;
  }
  return { purpose: own?.purpose ?? null, isMainFrame, frameUrl };
}

/** The session of a kiosk page: one per webContents, so a reload after a crash can end it. */
export function clientIdOf(contentsId: number): string {
  return `ipc:${contentsId}`;
}

/**
 * The purpose the caller's window is trusted for, when it may call `name`; else the call is refused
 * (thrown: the page learns nothing more than that).
 */
function checkedCaller(
  event: IpcMainInvokeEvent,
  name: string,
  core: Core,
  windows: TrustedWindows,
  log: Logger,
): void {
  const facts = factsOf(event, windows);
  const purpose = trustedPurpose(facts);
  if (purpose === null) {
    log.warn(`IPC refused from webContents ${event.sender.id} at ${facts.frameUrl ?? '?'}`);
    throw new Error("Refused: not one of the kiosk's windows");
  }
  const def = core.registry.methods.get(name)?.def;
  if (def && !mayCall(purpose, def)) {
    log.warn(`IPC refused: ${name} from the ${purpose} window`);
    throw new Error(`Refused: the ${purpose} window only shows`);
  }
}

/**
 * `kiosk:invoke` → core.invoke from the shell's trusted windows, `kiosk:transfer` → the main
 * process's own dialogs and core (the same checks: a display window moves no file), and core's push
 * events → all of them.
 */
export function bridgeIpc(
  core: Core,
  windows: TrustedWindows,
  log: Logger,
  dialogs: TransferDialogs,
): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => {
    const name = typeof method === 'string' ? method : '';
    checkedCaller(event, name, core, windows, log);
    return core.invoke(name, input, clientIdOf(event.sender.id));
  });
  ipcMain.handle(TRANSFER_CHANNEL, (event, method: unknown, input: unknown) => {
    const name = typeof method === 'string' ? method : '';
    checkedCaller(event, name, core, windows, log);
    return transfer({ core, dialogs, log }, name, input, clientIdOf(event.sender.id));
  });
  const unsubscribe = core.onEvent((event) => windows.broadcast(EVENT_CHANNEL, event));
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    ipcMain.removeHandler(TRANSFER_CHANNEL);
    unsubscribe();
  };
}
