import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core';
import type { Logger } from '../core/log';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../preload/channels';
import { mayCall, trustedPurpose, type SenderFacts } from './sender-check';
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

/** `kiosk:invoke` → core.invoke from the shell's trusted windows, and core's push events → all of them. */
export function bridgeIpc(core: Core, windows: TrustedWindows, log: Logger): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => {
    const facts = factsOf(event, windows);
    const purpose = trustedPurpose(facts);
    if (purpose === null) {
      log.warn(`IPC refused from webContents ${event.sender.id} at ${facts.frameUrl ?? '?'}`);
      throw new Error("Refused: not one of the kiosk's windows");
    }
    const name = typeof method === 'string' ? method : '';
    const def = core.registry.methods.get(name)?.def;
    if (def && !mayCall(purpose, def)) {
      log.warn(`IPC refused: ${name} from the ${purpose} window`);
      throw new Error(`Refused: the ${purpose} window only shows`);
    }
    return core.invoke(name, input, clientIdOf(event.sender.id));
  });
  const unsubscribe = core.onEvent((event) => windows.broadcast(EVENT_CHANNEL, event));
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    unsubscribe();
  };
}
