import { DomainError } from '../../errors';
import type { LockState } from './pin-locks.repo';

/** Wrong PINs in a row that lock an account (per scope: the hub's own screen, or the LAN). */
export const MAX_WRONG_PINS = 5;
/** The first lock: five minutes to the millisecond (README, DESIGN.md). */
export const LOCK_MS = 5 * 60 * 1000;
/** Repeat locks double, up to this. */
export const MAX_LOCK_MS = 60 * 60 * 1000;
/**
 * Wrong PINs in a row from one device on the LAN before it is held back on its own: fewer than
 * an account's five, so one device alone never locks an account.
 */
export const DEVICE_MAX_WRONG = 3;
/** PIN checks for the LAN running at once: the hub's own screen always finds a hashing thread free. */
const LAN_HASHES_AT_ONCE = 2;
/** Devices and unknown staff numbers remembered in memory (the oldest idle ones are forgotten). */
const MAX_REMEMBERED = 4096;

/** How long the n-th lock in a row lasts: 5, 10, 20, 40 minutes, then an hour each. */
export function lockMs(n: number): number {
  return Math.min(LOCK_MS * 2 ** Math.max(0, n - 1), MAX_LOCK_MS);
}

export const EMPTY_LOCK: LockState = { failures: 0, locks: 0, lockedUntil: null };

export function tooMany(until: number | null): DomainError {
  return new DomainError(
    'too_many_requests',
    'Too many wrong PINs from this device; wait and try again',
    until === null ? undefined : { until: new Date(until).toISOString() },
  );
}

interface Device {
  failures: number;
  inFlight: number;
  holds: number;
  heldUntil: number;
}

/** Forgets the oldest entry that holds nothing back, once a map is full. */
function makeRoom<V>(map: Map<string, V>, idle: (v: V) => boolean): void {
  if (map.size < MAX_REMEMBERED) return;
  for (const [key, value] of map) {
    if (!idle(value)) continue;
    map.delete(key);
    return;
  }
}

/**
 * What sign-in keeps in memory: the order of attempts per staff number, the count per device on
 * the LAN, the lock state of staff numbers that do not exist (and of every account while the
 * database is damaged and PINs are read from a backup), and a gate on the LAN's PIN checks.
 */
export class SignInGuard {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly devices = new Map<string, Device>();
  private readonly unwritten = new Map<string, LockState>();
  private lanHashing = 0;
  private readonly lanWaiting: (() => void)[] = [];

  /**
   * Runs the attempts on one staff number one after another, so each reads the lock and count the
   * one before it left: a burst of parallel sign-ins gets no more PIN checks than a patient one.
   */
  serially<T>(staffNo: string, attempt: () => Promise<T>): Promise<T> {
    const key = staffNo.toLowerCase();
    const run = (this.tails.get(key) ?? Promise.resolve()).then(attempt);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return run;
  }

  /**
   * Lets a device on the LAN try a PIN, or refuses it before any hashing: while it is held back,
   * or while its tries already under way would use up what it has left.
   */
  admit(address: string, now: number): void {
    let d = this.devices.get(address);
    if (!d) {
      makeRoom(this.devices, (v) => v.inFlight === 0 && v.heldUntil <= now);
      this.devices.set(address, (d = { failures: 0, inFlight: 0, holds: 0, heldUntil: 0 }));
    }
    if (d.heldUntil > now) throw tooMany(d.heldUntil);
    // Once held back, a device gets one try at a time; before, what is left of its three.
    const left = d.failures >= DEVICE_MAX_WRONG ? 1 : DEVICE_MAX_WRONG - d.failures;
    if (d.inFlight >= left) throw tooMany(null);
    d.inFlight++;
  }

  /** An admitted try that checked no PIN (the account was locked, the database failed). */
  release(address: string): void {
    const d = this.devices.get(address);
    if (d) d.inFlight = Math.max(0, d.inFlight - 1);
  }

  /** A right PIN from the device: its count starts again. */
  succeeded(address: string): void {
    this.devices.delete(address);
  }

  /** A wrong PIN from the device; returns until when it is now held back, or null. */
  failed(address: string, now: number): number | null {
    const d = this.devices.get(address);
    if (!d) return null;
    d.inFlight = Math.max(0, d.inFlight - 1);
    d.failures++;
    if (d.failures < DEVICE_MAX_WRONG) return null;
    d.holds++;
    d.heldUntil = now + lockMs(d.holds);
    return d.heldUntil;
  }

  /** Runs one PIN check; those for the LAN wait for one of their own few places. */
  async hashing<T>(lan: boolean, check: () => Promise<T>): Promise<T> {
    if (!lan) return check();
    if (this.lanHashing >= LAN_HASHES_AT_ONCE) {
      await new Promise<void>((resolve) => this.lanWaiting.push(resolve));
    } else this.lanHashing++;
    try {
      return await check();
    } finally {
      const next = this.lanWaiting.shift();
      // The place passes straight to the next waiting check.
      if (next) next();
      else this.lanHashing--;
    }
  }

  /** The lock state of a staff number that cannot be written to the database. */
  unwrittenLock(scope: string, staffNo: string, now: number) {
    const key = `${scope}:${staffNo.toLowerCase()}`;
    return {
      read: (): LockState => this.unwritten.get(key) ?? EMPTY_LOCK,
      /** The state kept here, or undefined when there is none (it is in the database). */
      held: (): LockState | undefined => this.unwritten.get(key),
      forget: (): void => void this.unwritten.delete(key),
      write: (state: LockState): void => {
        if (!this.unwritten.has(key))
          makeRoom(this.unwritten, (v) => !v.lockedUntil || Date.parse(v.lockedUntil) <= now);
        this.unwritten.set(key, state);
      },
    };
  }
}
