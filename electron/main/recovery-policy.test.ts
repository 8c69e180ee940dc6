import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, RecoveryPolicy, type RecoveryStep } from './recovery-policy';

/** A clock the test moves by hand. */
function fakeClock(start = 1_700_000_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

function delays(steps: RecoveryStep[]): (number | 'relaunch')[] {
  return steps.map((s) => (s.action === 'reload' ? s.delayMs : 'relaunch'));
}

describe('RecoveryPolicy', () => {
  it('reloads after 1 s, 2 s, 4 s, 8 s, then relaunches on the fifth failure in ten minutes', () => {
    const clock = fakeClock();
    const policy = new RecoveryPolicy(clock.now);
    const steps: RecoveryStep[] = [];
    for (let i = 0; i < 5; i++) {
      steps.push(policy.onFailure());
      clock.advance(30_000);
    }
    expect(delays(steps)).toEqual([1_000, 2_000, 4_000, 8_000, 'relaunch']);
  });

  it('forgets failures older than the window', () => {
    const clock = fakeClock();
    const policy = new RecoveryPolicy(clock.now);
    policy.onFailure();
    policy.onFailure();
    policy.onFailure();
    clock.advance(DEFAULT_LIMITS.windowMs);
    expect(policy.onFailure()).toEqual({ action: 'reload', delayMs: 1_000, failures: 1 });
  });

  it('counts only the failures still inside the window', () => {
    const clock = fakeClock();
    const policy = new RecoveryPolicy(clock.now);
    policy.onFailure();
    clock.advance(6 * 60_000);
    policy.onFailure();
    clock.advance(5 * 60_000);
    // The first failure is now 11 minutes old; the second is 5.
    expect(policy.onFailure()).toEqual({ action: 'reload', delayMs: 2_000, failures: 2 });
  });

  it('starts over after a relaunch decision', () => {
    const clock = fakeClock();
    const policy = new RecoveryPolicy(clock.now, { ...DEFAULT_LIMITS, relaunchAfter: 2 });
    expect(policy.onFailure().action).toBe('reload');
    expect(policy.onFailure().action).toBe('relaunch');
    expect(policy.onFailure()).toEqual({ action: 'reload', delayMs: 1_000, failures: 1 });
  });

  it('never waits longer than the cap', () => {
    const clock = fakeClock();
    const policy = new RecoveryPolicy(clock.now, {
      ...DEFAULT_LIMITS,
      relaunchAfter: 100,
      maxDelayMs: 5_000,
    });
    const steps = Array.from({ length: 8 }, () => policy.onFailure());
    expect(delays(steps)).toEqual([1_000, 2_000, 4_000, 5_000, 5_000, 5_000, 5_000, 5_000]);
  });

  it('gives a hung page its grace period', () => {
    expect(new RecoveryPolicy(fakeClock().now).hangGraceMs).toBe(DEFAULT_LIMITS.hangGraceMs);
  });
});
