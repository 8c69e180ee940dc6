import type { WindowPurpose } from './sender-check';

/** The part of a BrowserWindow the registry uses (so it is testable without Electron). */
export interface OwnWindow {
  readonly webContents: {
    readonly id: number;
    readonly mainFrame: { readonly processId: number; readonly routingId: number };
    send(channel: string, ...args: unknown[]): void;
  };
  isDestroyed(): boolean;
  once(event: 'closed', listener: () => void): unknown;
}

/** The windows the shell opened and trusts, by webContents id, each for one purpose. */
export class TrustedWindows<W extends OwnWindow = OwnWindow> {
  private readonly windows = new Map<number, { win: W; purpose: WindowPurpose }>();

  /** Trusts `win` for `purpose` until it closes. */
  add(win: W, purpose: WindowPurpose): void {
    const id = win.webContents.id;
    this.windows.set(id, { win, purpose });
    win.once('closed', () => this.windows.delete(id));
  }

  /** The live window behind a webContents id, with its purpose. */
  get(contentsId: number): { win: W; purpose: WindowPurpose } | null {
    const entry = this.windows.get(contentsId);
    return entry && !entry.win.isDestroyed() ? entry : null;
  }

  /** The first live window of a purpose (the kiosk, for the file dialog and leaving kiosk mode). */
  first(purpose: WindowPurpose): W | null {
    for (const entry of this.windows.values()) {
      if (entry.purpose === purpose && !entry.win.isDestroyed()) return entry.win;
    }
    return null;
  }

  /** Sends to every live trusted window: all of them show the same data. */
  broadcast(channel: string, payload: unknown): void {
    for (const { win } of this.windows.values())
      if (!win.isDestroyed()) win.webContents.send(channel, payload);
  }
}
