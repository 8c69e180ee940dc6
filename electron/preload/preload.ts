import { contextBridge, ipcRenderer } from 'electron';
import type { KioskEvent } from '../shared';
import { EVENT_CHANNEL, INVOKE_CHANNEL, TRANSFER_CHANNEL } from './channels';

type Listener = (data: unknown) => void;

const listeners = new Map<string, Set<Listener>>();

ipcRenderer.on(EVENT_CHANNEL, (_event, message: KioskEvent) => {
  for (const listener of listeners.get(message.name) ?? []) listener(message.data);
});

/**
 * `window.kiosk` and nothing else: one typed call into core, push events by name, and a file moved
 * through the main process's own dialogs (the page names a method, never a path). The page never
 * gets ipcRenderer or a way to pick a channel.
 */
contextBridge.exposeInMainWorld('kiosk', {
  invoke(method: string, input: unknown): Promise<unknown> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, String(method), input);
  },
  transfer(method: string, input: unknown): Promise<unknown> {
    return ipcRenderer.invoke(TRANSFER_CHANNEL, String(method), input);
  },
  on(event: string, listener: Listener): () => void {
    if (typeof listener !== 'function') throw new TypeError('kiosk.on needs a listener function');
    const name = String(event);
    let set = listeners.get(name);
    if (!set) listeners.set(name, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  },
});
