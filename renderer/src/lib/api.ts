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

/** What the Electron preload exposes; absent in browser mode. */
interface KioskBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (data: unknown) => void): () => void;
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

async function overHttp(method: string, input: unknown): Promise<Result<unknown>> {
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
    return { ok: false, error: { code: 'internal', message: 'The kiosk service does not answer' } };
  }
  try {
    return (await res.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `HTTP ${res.status}` } };
  }
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
    throw new ApiFailure({ code: 'internal', message: 'The kiosk service does not answer' });
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

let source: EventSource | null = null;

/** Subscribes to a push event from core; returns the unsubscribe function. */
export function onKioskEvent<K extends KioskEventName>(
  name: K,
  listener: (data: KioskEvents[K]) => void,
): () => void {
  if (window.kiosk) return window.kiosk.on(name, (data) => listener(data as KioskEvents[K]));
  source ??= new EventSource('/api/events');
  const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data) as KioskEvents[K]);
  source.addEventListener(name, handler);
  return () => source?.removeEventListener(name, handler);
}
