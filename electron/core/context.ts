import type { Counter, KioskEventName, KioskEvents, Method, Out, Parsed, StaffRole } from '../shared';
import type { Db } from './db/database';
import type { Migration } from './db/migrations';
import type { Logger } from './log';
import type { BackupStore } from './platform/backups/backup-store';
import type { SignInGuard } from './platform/auth/sign-in-guard';
import type { Sessions } from './platform/auth/sessions';
import type { WindowCounter } from './window-counter';

export interface SessionStaff {
  id: number;
  staffNo: string;
  name: string;
  roles: StaffRole[];
}

/**
 * Where a call comes from: the hub's own screen (Electron's window, or a browser on 127.0.0.1 or
 * ::1) or a device on the LAN. Sign-in counts and limits are kept apart for the two, so a device on
 * the LAN can never lock staff out of the hub's own screen.
 */
export interface Peer {
  screen: boolean;
  /** The device's address; `screen` for Electron's own window. */
  address: string;
}

export const SCREEN: Peer = { screen: true, address: 'screen' };

/** What the shell running core can do for it. */
export interface ShellHooks {
  /** Leaves kiosk mode (Electron) or closes the kiosk browser (browser mode); absent when there is none. */
  exitKiosk?: () => void;
}

/** The services of the running app that handlers may use. */
export interface AppServices {
  log: Logger;
  now: () => Date;
  emit<K extends KioskEventName>(name: K, data: KioskEvents[K]): void;
  sessions: Sessions;
  /** Per-account and per-device sign-in counts held in memory, and the order of attempts. */
  signInGuard: SignInGuard;
  /** Renderer error reports taken per device and minute. */
  errorReports: WindowCounter;
  backups: BackupStore;
  shell: ShellHooks;
  features: readonly Feature[];
  /** Null while the database is damaged (only backups and sign-in work then). */
  db(): Db | null;
  /** Where PINs are checked: the database, or while it is damaged, the newest good backup. */
  authDb(): Db;
  restore(name: string): Promise<{ restored: string; replacedKeptAs: string }>;
}

/** What one call of a handler gets besides its input. */
export interface Ctx {
  db: Db;
  clientId: string;
  peer: Peer;
  staff: SessionStaff | null;
  app: AppServices;
  now: () => Date;
}

export type Handler<K extends Method> = (input: Parsed<K>, ctx: Ctx) => Out<K> | Promise<Out<K>>;
export type Handlers = { [K in Method]: Handler<K> };

/** What a feature adds to core: one registry line in `features/index.ts`. */
export interface Feature {
  id: string;
  /** A visitor area with a home-screen tile (the renderer has the tile; core says it is there). */
  area: boolean;
  migrations: Migration[];
  handlers: Partial<Handlers>;
  /** Demo content for a fresh data folder (in one transaction; skipped with `--no-demo`). */
  seed?(db: Db, now: Date): void;
  counters?(db: Db): Counter[];
  /** The centre's own words (titles, authors, shelf and organisation names) the input method ranks first. */
  vocabulary?(db: Db): string[];
  /** Cheap: changes whenever `vocabulary` may have; a feature with a vocabulary must give one. */
  vocabularyVersion?(db: Db): string;
}
