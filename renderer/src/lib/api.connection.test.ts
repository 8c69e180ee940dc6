// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// How the HTTP side of lib/api.ts reports the hub's presence: fetch and EventSource are the
// browser's, replaced here (jsdom has no EventSource, and no hub answers in a unit test).

class FakeSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeSource[] = [];
  readyState = FakeSource.CONNECTING;
  constructor(readonly url: string) {
    super();
    FakeSource.opened.push(this);
  }
  close() {
    this.readyState = FakeSource.CLOSED;
  }
  open() {
    this.readyState = FakeSource.OPEN;
    this.dispatchEvent(new Event('open'));
  }
  /** CONNECTING: the browser tries again by itself (hub away); CLOSED: the hub refused the stream. */
  fail(state: number) {
    this.readyState = state;
    this.dispatchEvent(new Event('error'));
  }
  push(name: string, data: unknown) {
    this.dispatchEvent(new MessageEvent(name, { data: JSON.stringify(data) }));
  }
}

const answer = (value: unknown) =>
  Promise.resolve(new Response(JSON.stringify({ ok: true, value }), { status: 200 }));

let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;

async function freshApi() {
  vi.resetModules();
  const api = await import('./api');
  const handlers = { back: vi.fn(), streamRefused: vi.fn() };
  api.setHubHandlers(handlers);
  return { api, handlers };
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeSource.opened = [];
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('EventSource', FakeSource);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the hub, as the HTTP side of the API sees it', () => {
  it('a request that reaches nothing is refused as unreachable and takes the screen offline', async () => {
    const { api, handlers } = await freshApi();
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const failure = await api.invoke('kiosk.counters', {}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(api.ApiFailure);
    expect(failure).toMatchObject({ code: 'internal', details: { unreachable: true } });
    expect(api.hub.online()).toBe(false);

    // The probe (every 2 s) asks kiosk.info; the first answer brings the screen back, once.
    await vi.advanceTimersByTimeAsync(2000);
    expect(api.hub.online()).toBe(false);
    fetchMock.mockImplementation(() => answer({}));
    await vi.advanceTimersByTimeAsync(2000);
    expect(api.hub.online()).toBe(true);
    expect(handlers.back).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls.at(-1)?.[0]).toBe('/api/invoke?method=kiosk.info');
  });

  it('a refusal is an answer: the screen stays online', async () => {
    const { api } = await freshApi();
    fetchMock.mockImplementation(() =>
      Promise.resolve(
        new Response(JSON.stringify({ ok: false, error: { code: 'device_unpaired', message: 'x' } }), {
          status: 403,
        }),
      ),
    );
    await expect(api.invoke('kiosk.info', {})).rejects.toMatchObject({ code: 'device_unpaired' });
    expect(api.hub.online()).toBe(true);
  });

  it('a broken event stream takes the screen offline; the stream reopening brings it back', async () => {
    const { api, handlers } = await freshApi();
    const heard = vi.fn();
    api.onKioskEvent('data.changed', heard);
    const [source] = FakeSource.opened;
    source?.open();
    source?.fail(FakeSource.CONNECTING);
    expect(api.hub.online()).toBe(false);
    source?.open();
    expect(api.hub.online()).toBe(true);
    expect(handlers.back).toHaveBeenCalledTimes(1);
    expect(handlers.streamRefused).not.toHaveBeenCalled();
    source?.push('data.changed', { domain: 'devices' });
    expect(heard).toHaveBeenCalledWith({ domain: 'devices' });
  });

  it('a refused stream asks why (unpaired?) instead of showing the hub as away, and reopens with its listeners', async () => {
    const { api, handlers } = await freshApi();
    const heard = vi.fn();
    api.onKioskEvent('data.changed', heard);
    FakeSource.opened[0]?.fail(FakeSource.CLOSED);
    expect(handlers.streamRefused).toHaveBeenCalledTimes(1);
    expect(api.hub.online()).toBe(true);

    api.reopenEvents();
    expect(FakeSource.opened).toHaveLength(2);
    const reopened = FakeSource.opened[1];
    reopened?.open();
    reopened?.push('data.changed', { domain: 'kiosk' });
    expect(heard).toHaveBeenCalledWith({ domain: 'kiosk' });
  });

  it('stops delivering to a listener that unsubscribed', async () => {
    const { api } = await freshApi();
    const heard = vi.fn();
    const off = api.onKioskEvent('data.changed', heard);
    off();
    FakeSource.opened[0]?.push('data.changed', { domain: 'kiosk' });
    expect(heard).not.toHaveBeenCalled();
  });
});
