import { z } from 'zod';
import { method } from './contract';

/** What a paired screen is for: a touch screen for visitors, or a staff desk (starts at sign-in). */
export const DEVICE_PURPOSES = ['kiosk', 'desk'] as const;
export type DevicePurpose = (typeof DEVICE_PURPOSES)[number];

/** A pairing code is six digits, shown on the hub and typed on the new screen. */
export const PAIRING_CODE = /^\d{6}$/;

/** A paired screen as the device itself knows it (`kiosk.info`). */
export interface DeviceIdentity {
  id: number;
  name: string;
  purpose: DevicePurpose;
}

/** A paired screen in the admin's list. */
export interface PairedDevice extends DeviceIdentity {
  pairedAt: string;
  /** Who made the pairing code it used. */
  pairedBy: string;
  /** Last request since the hub started (kept in memory, never written per request). */
  lastSeenAt: string | null;
  lastAddress: string | null;
}

/** How other screens reach the hub: the addresses to open, and the certificate they will be shown. */
export interface HubAddress {
  urls: string[];
  /** SHA-256 of the hub's self-signed certificate, `AB:CD:…`, to compare on the screen's warning page. */
  fingerprint: string;
}

export interface DevicesOverview {
  /** Null when the hub serves no LAN (started without `--host`): no screen can pair. */
  lan: HubAddress | null;
  devices: PairedDevice[];
}

export interface PairingCode {
  code: string;
  expiresAt: string;
  lan: HubAddress | null;
}

/** Screens on the centre's LAN pair with the hub: the admin makes a one-time code, the screen enters it. */
export const devicesApi = {
  'devices.list': method<DevicesOverview>()({ role: 'admin', input: z.object({}) }),
  /** A new one-time code, valid ten minutes; it replaces the one before. */
  'devices.pairingCode': method<PairingCode>()({
    role: 'admin',
    input: z.object({}),
    writes: { domain: 'devices' },
  }),
  /**
   * Pairs the calling screen (a device on the LAN, not yet paired). The HTTP shell keeps `token`
   * in an HttpOnly cookie and never passes it on to the page.
   */
  'devices.pair': method<{ device: DeviceIdentity; token: string }>()({
    role: 'visitor',
    input: z.object({
      code: z.string().trim().regex(PAIRING_CODE, 'six digits'),
      name: z.string().trim().min(1).max(40),
      purpose: z.enum(DEVICE_PURPOSES),
    }),
    writes: { domain: 'devices' },
  }),
  /** Unpairs a screen: its next request gets the pairing page, its event stream is closed. */
  'devices.revoke': method<{ ok: true }>()({
    role: 'admin',
    input: z.object({ id: z.number().int().positive() }),
    writes: { domain: 'devices' },
  }),
};
