import { useEffect, useState } from 'react';

/** A pairing code is valid ten minutes (devices.api): no countdown shows more than that. */
const CODE_LIFE_MS = 10 * 60_000;

/**
 * Whole seconds left until `expiresAt`, ticking. The hub's clock made `expiresAt` and the admin may
 * be at a desk whose clock is off: the time left is taken once, capped at the code's life, and
 * counted down on this screen's own monotonic clock from there.
 */
export function useCountdown(expiresAt: string): number {
  const [deadline] = useState(
    () => performance.now() + Math.min(CODE_LIFE_MS, Math.max(0, Date.parse(expiresAt) - Date.now())),
  );
  const left = () => Math.max(0, Math.ceil((deadline - performance.now()) / 1000));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    if (seconds === 0) return;
    const timer = setTimeout(() => setSeconds(left()), 1000);
    return () => clearTimeout(timer);
  });
  return seconds;
}
