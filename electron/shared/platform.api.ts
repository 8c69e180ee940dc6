import { z } from 'zod';
import { method } from './contract';
import type { DeviceIdentity } from './devices.api';
import { PIN_PATTERN, STAFF_ROLES, type StaffRole } from './roles';
import type { Language } from './languages';
import { language, type Settings } from './settings';
import type { ExportFile } from './tables.types';

export const pin = z.string().regex(PIN_PATTERN, 'PIN: 4 to 12 digits');
export const staffRole = z.enum(STAFF_ROLES);
export const staffNo = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _');
export const page = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});

export interface Paged<T> {
  rows: T[];
  total: number;
  offset: number;
  limit: number;
}

export interface StaffAccount {
  id: number;
  staffNo: string;
  name: string;
  roles: StaffRole[];
  active: boolean;
  hasPin: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

export interface Me {
  staff: Pick<StaffAccount, 'id' | 'staffNo' | 'name' | 'roles'> | null;
}

export interface KioskInfo {
  centreName: string;
  /** The centre's English name, shown on an English screen; empty: show the Chinese name. */
  centreNameEn: string;
  languages: Language[];
  defaultLanguage: Language;
  idleSeconds: number;
  countdownSeconds: number;
  largeText: boolean;
  highContrast: boolean;
  /** Areas whose core feature is registered, in home-screen order. */
  areas: string[];
  setupRequired: boolean;
  /** First-run setup can be completed from this screen: the hub's own, never a device on the LAN. */
  setupHere: boolean;
  /** The recovery screen is shown: the database is damaged or missing (`recovery` says which). */
  damaged: boolean;
  recovery: 'damaged' | 'missing' | null;
  /**
   * Why nothing can be saved, found at start: the data folder or the database file cannot be
   * written, or the disk was full. Screens read and staff sign in; every change is refused.
   */
  cannotSave: 'storage_readonly' | 'storage_full' | null;
  /** The paired screen this is (a device on the LAN); null on the hub's own screen. */
  device: DeviceIdentity | null;
  /** The shell can leave kiosk mode (Electron, or browser mode with a Chromium it started). */
  canExit: boolean;
}

export interface Counter {
  key: string;
  value: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  /** The area whose namespace labels the action (`platform`: the shell's own). */
  area: string;
}

/** A link from one area's content to another's (a tour hotspot to a room, an exhibit to a book). */
export interface LinkTarget {
  area: string;
  kind: string;
  id: string;
}

/** A company of the park and one of its party branches, as a form offers them (either may be unknown). */
export interface Organisation {
  company: string | null;
  branch: string | null;
}

/**
 * Where a place a link leads to stands now (a room: free, in use, closed), as its area tells it.
 * Times are wall times at the centre (`HH:mm`, today).
 */
export interface LinkState {
  now: 'free' | 'busy' | 'closed';
  /** Until when `now` holds today; null: the rest of the day. */
  until: string | null;
  /** What comes next there today: its start and title (null: a request not yet decided). */
  next: { start: string; title: string | null } | null;
}

/** What a link leads to now: its title, or `null` when it no longer exists (or never did). */
export interface ResolvedLink extends LinkTarget {
  title: string | null;
  /** Its live state, for a kind whose area tells one (a room); absent otherwise. */
  state?: LinkState;
}

/** The most links one screen resolves at once (a 3D tour's hotspots). */
export const LINKS_MAX = 100;

export const linkTarget = z.object({
  area: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/),
  kind: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,31}$/),
  id: z.string().min(1).max(64),
});

const backupName = z
  .string()
  .max(120)
  .regex(/^hongyi-[\w.-]+\.sqlite$/);

export interface BackupInfo {
  name: string;
  createdAt: string;
  bytes: number;
  reason: string;
}

export const platformApi = {
  'kiosk.info': method<KioskInfo>()({ role: 'visitor', input: z.object({}) }),
  'kiosk.counters': method<Counter[]>()({ role: 'visitor', input: z.object({}) }),
  /** The idle reset: ends the visit, signs staff out. */
  'kiosk.reset': method<{ ok: true }>()({
    role: 'visitor',
    input: z.object({ visitId: z.number().int().positive().optional() }),
  }),
  /** The hidden admin exit: leaves kiosk mode after the admin's PIN. */
  'kiosk.exit': method<{ exited: boolean }>()({
    role: 'visitor',
    input: z.object({ staffNo, pin }),
  }),

  'visits.begin': method<{ visitId: number }>()({
    role: 'visitor',
    input: z.object({ language }),
    writes: { audit: false },
  }),
  'visits.track': method<{ ok: true }>()({
    role: 'visitor',
    writes: { audit: false },
    input: z.object({
      visitId: z.number().int().positive(),
      area: z
        .string()
        .regex(/^[a-z][a-z0-9-]{0,31}$/)
        .optional(),
      language: language.optional(),
    }),
  }),

  'diagnostics.logError': method<{ ok: true }>()({
    role: 'visitor',
    input: z.object({
      message: z.string().max(2000),
      stack: z.string().max(8000).optional(),
      route: z.string().max(300).optional(),
    }),
  }),

  'setup.complete': method<{ ok: true }>()({
    role: 'visitor',
    writes: {},
    input: z.object({ pin, centreName: z.string().trim().min(1).max(60).optional() }),
  }),

  'auth.signIn': method<Me>()({ role: 'visitor', input: z.object({ staffNo, pin }) }),
  'auth.signOut': method<{ ok: true }>()({ role: 'visitor', input: z.object({}) }),
  'auth.me': method<Me>()({ role: 'visitor', input: z.object({}) }),

  'settings.get': method<Settings>()({ role: 'admin', input: z.object({}) }),
  /** Keys and values are checked in core against every registered setting, areas' included. */
  'settings.update': method<Settings>()({
    role: 'admin',
    input: z.record(z.string().max(80), z.unknown()),
    writes: {},
  }),

  'staff.list': method<StaffAccount[]>()({ role: 'admin', input: z.object({}) }),
  'staff.create': method<StaffAccount>()({
    role: 'admin',
    writes: { domain: 'staff' },
    input: z.object({
      staffNo,
      name: z.string().trim().min(1).max(40),
      roles: z.array(staffRole).min(1),
      pin,
    }),
  }),
  'staff.update': method<StaffAccount>()({
    role: 'admin',
    writes: { domain: 'staff' },
    input: z.object({
      staffNo,
      name: z.string().trim().min(1).max(40).optional(),
      roles: z.array(staffRole).min(1).optional(),
      active: z.boolean().optional(),
      pin: pin.optional(),
    }),
  }),

  /**
   * Resolves links for a screen that shows them: each target's title, or null where it is gone,
   * and its live state where its area tells one (a room's: free, in use until …, what is next).
   */
  'links.resolve': method<ResolvedLink[]>()({
    role: 'visitor',
    input: z.object({ targets: z.array(linkTarget).min(1).max(LINKS_MAX) }),
  }),

  /** The park's companies and branches matching what was typed (Han, pinyin or initials), at most 8. */
  'organisations.suggest': method<Organisation[]>()({
    role: 'visitor',
    input: z.object({ q: z.string().max(80) }),
  }),

  'audit.list': method<Paged<AuditEntry>>()({ role: 'admin', input: page }),

  'backups.list': method<BackupInfo[]>()({ role: 'admin', input: z.object({}) }),
  'backups.create': method<BackupInfo>()({ role: 'admin', input: z.object({}) }),
  'backups.restore': method<{ restored: string; replacedKeptAs: string }>()({
    role: 'admin',
    input: z.object({ name: backupName }),
  }),
  /**
   * A backup sealed with a passphrase (AES-256-GCM, scrypt) for a USB stick: the file to save.
   * The database only; its media files hold no personal data and are copied as they are.
   */
  'backups.seal': method<ExportFile>()({
    role: 'admin',
    input: z.object({ name: backupName, passphrase: z.string().min(8).max(200) }),
  }),
  /**
   * A sealed backup brought back (from a USB stick) and opened with its passphrase: listed as an
   * `uploaded` backup once sound, then restored as any other. Up to 50 MB.
   */
  'backups.unseal': method<BackupInfo>()({
    role: 'admin',
    limit: 'import',
    input: z.object({
      contentBase64: z
        .string()
        .min(1)
        .max(70_000_000)
        .regex(/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/, 'base64'),
      passphrase: z.string().min(1).max(200),
    }),
  }),
};
