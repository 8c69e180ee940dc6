import { z } from 'zod';
import { method } from './contract';

/** Sign-in trouble since the admin last marked it seen (`since`: then, or null for never). */
export interface SecurityAlerts {
  since: string | null;
  /** Wrong PINs, from any screen or device. */
  failed: number;
  /** Accounts locked after too many wrong PINs. */
  locked: number;
  /** Devices on the LAN held back after too many wrong PINs. */
  held: number;
}

/** The admin's notice of sign-in trouble (failed sign-ins, locks, devices held back). */
export const signInApi = {
  'security.alerts': method<SecurityAlerts>()({ role: 'admin', input: z.object({}) }),
  /** Marks the trouble so far as seen: the notice counts from here on. */
  'security.acknowledge': method<{ ok: true }>()({
    role: 'admin',
    input: z.object({}),
    writes: {},
  }),
};
