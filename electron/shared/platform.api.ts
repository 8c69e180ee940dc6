import { z } from 'zod';
import { method } from './contract';
import { PIN_PATTERN, STAFF_ROLES, type StaffRole } from './roles';
import type { Language } from './languages';
import { language, settingsPatch, type Settings } from './settings';

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
  languages: Language[];
  defaultLanguage: Language;
  idleSeconds: number;
  countdownSeconds: number;
  largeText: boolean;
  highContrast: boolean;
  /** Areas whose core feature is registered, in home-screen order. */
  areas: string[];
  setupRequired: boolean;
  damaged: boolean;
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
}

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

  'visits.begin': method<{ visitId: number }>()({ role: 'visitor', input: z.object({ language }) }),
  'visits.track': method<{ ok: true }>()({
    role: 'visitor',
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
    input: z.object({ pin, centreName: z.string().trim().min(1).max(60).optional() }),
  }),

  'auth.signIn': method<Me>()({ role: 'visitor', input: z.object({ staffNo, pin }) }),
  'auth.signOut': method<{ ok: true }>()({ role: 'visitor', input: z.object({}) }),
  'auth.me': method<Me>()({ role: 'visitor', input: z.object({}) }),

  'settings.get': method<Settings>()({ role: 'admin', input: z.object({}) }),
  'settings.update': method<Settings>()({ role: 'admin', input: settingsPatch }),

  'staff.list': method<StaffAccount[]>()({ role: 'admin', input: z.object({}) }),
  'staff.create': method<StaffAccount>()({
    role: 'admin',
    input: z.object({
      staffNo,
      name: z.string().trim().min(1).max(40),
      roles: z.array(staffRole).min(1),
      pin,
    }),
  }),
  'staff.update': method<StaffAccount>()({
    role: 'admin',
    input: z.object({
      staffNo,
      name: z.string().trim().min(1).max(40).optional(),
      roles: z.array(staffRole).min(1).optional(),
      active: z.boolean().optional(),
      pin: pin.optional(),
    }),
  }),

  'audit.list': method<Paged<AuditEntry>>()({ role: 'admin', input: page }),
  'security.alerts': method<SecurityAlerts>()({ role: 'admin', input: z.object({}) }),
  'security.acknowledge': method<{ ok: true }>()({ role: 'admin', input: z.object({}) }),

  'backups.list': method<BackupInfo[]>()({ role: 'admin', input: z.object({}) }),
  'backups.create': method<BackupInfo>()({ role: 'admin', input: z.object({}) }),
  'backups.restore': method<{ restored: string; replacedKeptAs: string }>()({
    role: 'admin',
    input: z.object({
      name: z
        .string()
        .max(120)
        .regex(/^hongyi-[\w.-]+\.sqlite$/),
    }),
  }),
};
