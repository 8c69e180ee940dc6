import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { TrustedWindows, type OwnWindow } from './trusted-windows';

class FakeWindow extends EventEmitter implements OwnWindow {
  destroyed = false;
  readonly sent: unknown[] = [];
  readonly webContents;
  constructor(id: number) {
    super();
    this.webContents = {
      id,
      mainFrame: { processId: id, routingId: 1 },
      send: (_channel: string, payload: unknown) => this.sent.push(payload),
    };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

describe('TrustedWindows', () => {
  it('knows each of its windows by webContents id, with its purpose, until it closes', () => {
    const windows = new TrustedWindows<FakeWindow>();
    const kiosk = new FakeWindow(1);
    const show = new FakeWindow(2);
    windows.add(kiosk, 'kiosk');
    windows.add(show, 'show');
    expect(windows.get(1)?.purpose).toBe('kiosk');
    expect(windows.get(2)?.purpose).toBe('show');
    expect(windows.get(3)).toBeNull();
    expect(windows.first('kiosk')).toBe(kiosk);
    show.close();
    expect(windows.get(2)).toBeNull();
    expect(windows.first('show')).toBeNull();
  });

  it('pushes events to every live window and none that has gone', () => {
    const windows = new TrustedWindows<FakeWindow>();
    const [a, b] = [new FakeWindow(1), new FakeWindow(2)];
    windows.add(a, 'kiosk');
    windows.add(b, 'door');
    windows.broadcast('kiosk:event', { name: 'data.changed' });
    b.destroyed = true; // destroyed before its 'closed' event came
    windows.broadcast('kiosk:event', { name: 'settings.changed' });
    expect(a.sent).toHaveLength(2);
    expect(b.sent).toHaveLength(1);
    expect(windows.get(2)).toBeNull();
  });
});
