import type { Counter, KioskEventName, KioskEvents, Method, Out, Parsed, StaffRole } from '../shared';
import type { Db } from './db/database';
import type { Migration } from './db/migrations';
import type { Logger } from './log';
import type { BackupStore } from './platform/backups/backup-store';
import type { ContentKind } from './platform/publishing/content-kind';
import type { Sessions } from './platform/auth/sessions';

export interface SessionStaff {
  id: number;
  staffNo: string;
  name: string;
  roles: StaffRole[];
}

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
  /** Content that visitors see only once a reviewer approved it (platform/publishing). */
  contentKinds?: readonly ContentKind[];
}
