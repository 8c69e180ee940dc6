import type {
  ApiError,
  In,
  KioskEventName,
  KioskEvents,
  Method,
  Out,
  Result,
} from '../../../electron/shared';
import type { MediaInfo, MediaKind } from '../../../electron/shared/media.types';
import type { ShellTransfers, TransferMethod } from '../../../electron/shared/transfer.types';
import { createConnection } from './connection';

/** What the Electron preload exposes; absent in browser mode. */
interface KioskBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (data: unknown) => void): () => void;
  /** A file moved through the main process's own dialogs (see `electron/shared/transfer.types.ts`). */
  transfer?(method: string, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    kiosk?: KioskBridge;
  }
}

/** A refused call. `code` picks the message from the `errors` namespace. */
export class ApiFailure extends Error {
  readonly code: ApiError['code'];
  readonly issues: ApiError['issues'];
  readonly details: ApiError['details'];
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
    this.code = error.code;
    this.issues = error.issues;
    this.details = error.details;
  }
}

/** How often a screen that lost the hub asks again (a `kiosk.info`, the cheapest call there is). */
const PROBE_MS = 2000;

let whenBack: () => void = () => {};
let whenStreamRefused: () => void = () => {};

/**
 * The shell decides what follows the hub's return (refetch everything: pushes were missed) and a
 * refused event stream (ask `kiosk.info` why: this screen may have been unpaired).
 */
export function setHubHandlers(handlers: { back: () => void; streamRefused: () => void }): void {
  whenBack = handlers.back;
  whenStreamRefused = handlers.streamRefused;
}

/** Whether the hub answers this browser; Electron's IPC has no network to lose and never reports here. */
export const hub = createConnection({
  everyMs: PROBE_MS,
  probe: async () => (await reach('kiosk.info', {})) !== null,
  onBack: () => {
    if (source?.readyState === EventSource.CLOSED) reopenEvents();
    whenBack();
  },
});

/** A failed request that never reached the hub: a write in it was not made, or not known to be. */
const UNREACHABLE: ApiError = {
  code: 'internal',
  message: 'The kiosk service does not answer',
  details: { unreachable: true },
};

/** One POST to the host: its envelope, or null when nothing answered (network down, hub away). */
async function reach(method: string, input: unknown): Promise<Result<unknown> | null> {
  let res: Response;
  try {
    // The method in the URL lets the host pick the body limit before it reads the body.
    res = await fetch(`/api/invoke?method=${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kiosk': '1' },
      credentials: 'same-origin',
      body: JSON.stringify({ method, input }),
    });
  } catch {
    return null;
  }
  try {
    return (await res.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `HTTP ${res.status}` } };
  }
}

async function overHttp(method: string, input: unknown): Promise<Result<unknown>> {
  const result = await reach(method, input);
  if (result === null) hub.lost();
  else hub.answered();
  return result ?? { ok: false, error: UNREACHABLE };
}

/** Calls one API method: Electron IPC when the preload is there, else the HTTP host. */
export async function invoke<K extends Method>(method: K, input: In<K>): Promise<Out<K>> {
  const result = window.kiosk ? await window.kiosk.invoke(method, input) : await overHttp(method, input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value as Out<K>;
}

/**
 * Sends a file to the media store over HTTP (`POST /api/media`): the file itself is the body, so
 * the browser streams it from disk, and core sniffs its type and makes its variants. `kinds` says
 * what the caller will take (a cover takes a picture). The Electron shell has no File to send: it
 * imports through `media.importFile`, with its own dialog.
 */
export async function upload(file: File, kinds?: readonly MediaKind[]): Promise<MediaInfo> {
  let res: Response;
  try {
    res = await fetch(`/api/media${kinds ? `?kinds=${kinds.join(',')}` : ''}`, {
      method: 'POST',
      headers: {
        'Content-Type': file.type || 'application/octet-stream',
        'X-Kiosk': '1',
        'X-File-Name': encodeURIComponent(file.name),
      },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    hub.lost();
    throw new ApiFailure(UNREACHABLE);
  }
  let result: Result<MediaInfo>;
  try {
    result = (await res.json()) as Result<MediaInfo>;
  } catch {
    throw new ApiFailure({ code: 'internal', message: `HTTP ${res.status}` });
  }
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}

/** Whether files are chosen by the shell's own dialog (Electron) rather than a file input. */
export function shellChoosesFiles(): boolean {
  return window.kiosk !== undefined;
}

/** Whether the shell moves files through its own dialogs (Electron) rather than HTTP routes. */
export function shellTransfers(): boolean {
  return typeof window.kiosk?.transfer === 'function';
}

/**
 * Exports or imports through the Electron shell's dialogs: null when the curator cancelled the
 * dialog; a refusal (core's, with its code) is thrown as from {@link invoke}.
 */
export async function transfer<K extends TransferMethod>(
  method: K,
  input: ShellTransfers[K]['input'],
): Promise<ShellTransfers[K]['output']> {
  const bridge = window.kiosk;
  if (!bridge?.transfer) throw new ApiFailure({ code: 'not_kiosk', message: 'No file dialogs here' });
  const result = await bridge.transfer(method, input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value as ShellTransfers[K]['output'];
}

let source: EventSource | null = null;
const streamListeners = new Map<string, Set<(data: unknown) => void>>();

function dispatch(e: Event): void {
  const data: unknown = JSON.parse((e as MessageEvent<string>).data);
  streamListeners.get(e.type)?.forEach((listener) => listener(data));
}

/**
 * (Re)opens the event stream with every listener so far. The browser reconnects a broken stream by
 * itself (it stays CONNECTING: the hub is away); a refused one is CLOSED for good (this screen is not
 * paired, or no longer), and is opened again after pairing or when the hub comes back.
 */
export function reopenEvents(): void {
  source?.close();
  const opened = new EventSource('/api/events');
  source = opened;
  opened.addEventListener('open', () => hub.answered());
  opened.addEventListener('error', () => {
    if (source !== opened) return;
    if (opened.readyState === EventSource.CLOSED) whenStreamRefused();
    else hub.lost();
  });
  for (const name of streamListeners.keys()) opened.addEventListener(name, dispatch);
}

/** Subscribes to a push event from core; returns the unsubscribe function. */
export function onKioskEvent<K extends KioskEventName>(
  name: K,
  listener: (data: KioskEvents[K]) => void,
): () => void {
  if (window.kiosk) return window.kiosk.on(name, (data) => listener(data as KioskEvents[K]));
  const untyped = (data: unknown) => listener(data as KioskEvents[K]);
  let listeners = streamListeners.get(name);
  if (!listeners) {
    listeners = new Set();
    streamListeners.set(name, listeners);
    source?.addEventListener(name, dispatch);
  }
  listeners.add(untyped);
  if (!source) reopenEvents();
  return () => listeners.delete(untyped);
}
