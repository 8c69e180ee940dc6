import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConnection } from './connection';

const EVERY = 2000;

/** A hub that the test switches on and off; each probe is counted. */
function hub() {
  const state = { up: false, probes: 0, backs: 0 };
  const connection = createConnection({
    everyMs: EVERY,
    probe: () => {
      state.probes++;
      return state.up ? Promise.resolve(true) : Promise.reject(new TypeError('Failed to fetch'));
    },
    onBack: () => state.backs++,
  });
  return { state, connection };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the connection to the hub', () => {
  it('is online until a request fails on the network, and probes nothing meanwhile', async () => {
    const { state, connection } = hub();
    await vi.advanceTimersByTimeAsync(EVERY * 3);
    expect(connection.online()).toBe(true);
    expect(state.probes).toBe(0);
  });

  it('goes offline on a network failure, and tells its listeners once', () => {
    const { connection } = hub();
    const heard = vi.fn();
    connection.subscribe(heard);
    connection.lost();
    connection.lost();
    expect(connection.online()).toBe(false);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('keeps probing while the hub is away, one probe at a time', async () => {
    const { state, connection } = hub();
    connection.lost();
    await vi.advanceTimersByTimeAsync(EVERY * 3);
    expect(state.probes).toBe(3);
    expect(connection.online()).toBe(false);
    expect(state.backs).toBe(0);
  });

  it('comes back online on a successful probe, refetches once, then stops probing', async () => {
    const { state, connection } = hub();
    const heard = vi.fn();
    connection.subscribe(heard);
    connection.lost();
    await vi.advanceTimersByTimeAsync(EVERY);
    state.up = true;
    await vi.advanceTimersByTimeAsync(EVERY);
    expect(connection.online()).toBe(true);
    expect(state.backs).toBe(1);
    expect(heard).toHaveBeenCalledTimes(2);
    const probes = state.probes;
    await vi.advanceTimersByTimeAsync(EVERY * 3);
    expect(state.probes).toBe(probes);
    expect(state.backs).toBe(1);
  });

  it('comes back at once when the event stream reopens, without waiting for a probe', async () => {
    const { state, connection } = hub();
    connection.lost();
    connection.answered();
    connection.answered();
    expect(connection.online()).toBe(true);
    expect(state.backs).toBe(1);
    await vi.advanceTimersByTimeAsync(EVERY * 2);
    expect(state.probes).toBe(0);
  });

  it('an answer while online changes nothing', () => {
    const { state, connection } = hub();
    connection.answered();
    expect(state.backs).toBe(0);
  });

  it('stops telling a listener that unsubscribed', () => {
    const { connection } = hub();
    const heard = vi.fn();
    const off = connection.subscribe(heard);
    off();
    connection.lost();
    expect(heard).not.toHaveBeenCalled();
  });
});
