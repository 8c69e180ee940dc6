import { randomInt } from 'node:crypto';

/** How long a pairing code is good for. */
export const CODE_TTL_MS = 10 * 60 * 1000;
/** Wrong codes tried, from anyone, before the code is burned: a million codes, five guesses. */
export const CODE_TRIES = 5;

interface Live {
  code: string;
  expiresAt: number;
  /** Who made it: the pairing's audit entry and the device list name them. */
  by: string;
  wrong: number;
}

/**
 * The one pairing code the hub has at a time, in memory: a restart ends it, a new one replaces it,
 * it pairs one screen, and five wrong tries burn it, so guessing it over the LAN is hopeless.
 */
export class PairingCodes {
  private live: Live | null = null;

  issue(by: string, now: Date): { code: string; expiresAt: Date } {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = now.getTime() + CODE_TTL_MS;
    this.live = { code, expiresAt, by, wrong: 0 };
    return { code, expiresAt: new Date(expiresAt) };
  }

  /** Takes the code if it is the live one (who made it), else counts a wrong try: null. */
  take(code: string, now: Date): { by: string } | null {
    const live = this.live;
    if (!live || now.getTime() >= live.expiresAt) {
      this.live = null;
      return null;
    }
    if (live.code !== code) {
      live.wrong += 1;
      if (live.wrong >= CODE_TRIES) this.live = null;
      return null;
    }
    this.live = null;
    return { by: live.by };
  }
}
