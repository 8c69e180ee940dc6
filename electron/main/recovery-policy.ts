export interface RecoveryLimits {
  /** The first reload waits this long; each further failure in the window doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** This many failures within `windowMs` and a reload is not enough: the app relaunches. */
  relaunchAfter: number;
  windowMs: number;
  /** How long a hung page gets to answer again before it is killed and reloaded. */
  hangGraceMs: number;
}

/**
 * 1 s, 2 s, 4 s, 8 s; the fifth failure within ten minutes relaunches the whole app, which also
 * resets the GPU process and anything else a reload cannot. A kiosk page that hangs for 15 s has a
 * visitor in front of it walking away.
 */
export const DEFAULT_LIMITS: RecoveryLimits = {
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  relaunchAfter: 5,
  windowMs: 10 * 60_000,
  hangGraceMs: 15_000,
};

export type RecoveryStep =
  { action: 'reload'; delayMs: number; failures: number } | { action: 'relaunch'; failures: number };

/** Decides what to do after a renderer failure. Pure: the caller passes the clock. */
export class RecoveryPolicy {
  private failures: number[] = [];

  constructor(
    private readonly now: () => number,
    private readonly limits: RecoveryLimits = DEFAULT_LIMITS,
  ) {}

  /** A renderer crash, or a hang that outlived its grace. */
  onFailure(): RecoveryStep {
    const at = this.now();
    this.failures = this.failures.filter((t) => at - t < this.limits.windowMs);
    this.failures.push(at);
    const failures = this.failures.length;
    if (failures >= this.limits.relaunchAfter) {
      this.failures = [];
      return { action: 'relaunch', failures };
    }
    const delayMs = Math.min(this.limits.baseDelayMs * 2 ** (failures - 1), this.limits.maxDelayMs);
    return { action: 'reload', delayMs, failures };
  }

  /** How long an unresponsive page is left alone before it counts as a failure. */
  get hangGraceMs(): number {
    return this.limits.hangGraceMs;
  }
}
