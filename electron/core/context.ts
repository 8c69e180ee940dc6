import type { Readable } from 'node:stream';
import type {
  Counter,
  ErrorMap,
  KioskEventName,
  LinkState,
  KioskEvents,
  Method,
  MethodMap,
  Organisation,
  Out,
  Parsed,
  SettingMap,
  StaffRole,
  WriteMethod,
} from '../shared';
import type { DeviceIdentity, HubAddress } from '../shared/devices.api';
import type { MediaKind } from '../shared/media.types';
import type { Db, ReadDb, WriteDb } from './db/database';
import type { Migration } from './db/migrations';
import type { StorageFault } from './db/storage-faults';
import type { Logger } from './log';
import type { BackupStore } from './platform/backups/backup-store';
import type { ContentKind } from './platform/publishing/content-kind';
import type { DemoMediaEnv } from './platform/demo/demo-media';
import type { MediaStore } from './platform/media/media-store';
import type { PairingCodes } from './platform/devices/pairing-codes';
import type { SignInGuard } from './platform/auth/sign-in-guard';
import type { Sessions } from './platform/auth/sessions';
import type { AuditRecord } from './platform/audit/audit.repo';
import type { CoreRegistry } from './registry';
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
  /** The device cookie a device on the LAN sent: core finds the paired screen it names. */
  deviceToken?: string;
  /** The paired screen this device is (set by core from `deviceToken`); none: not paired. */
  device?: DeviceIdentity;
}

export const SCREEN: Peer = { screen: true, address: 'screen' };

/** What the shell running core can do for it. */
export interface ShellHooks {
  /** Leaves kiosk mode (Electron) or closes the kiosk browser (browser mode); absent when there is none. */
  exitKiosk?: () => void;
  /**
   * Asks for one file in the shell's own dialog (Electron) and gives its path, or null when
   * cancelled; absent where the shell has no dialog (the HTTP shell takes uploads instead).
   */
  chooseFile?: (kinds: readonly MediaKind[]) => Promise<string | null>;
  /** Where screens on the LAN reach this hub (set by the HTTP shell started with `--host`). */
  lan?: HubAddress;
}

/** Pairing's state in memory: the live code, and when each paired screen was last heard from. */
export interface DeviceServices {
  codes: PairingCodes;
  seen: Map<number, { at: string; address: string }>;
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
  devices: DeviceServices;
  backups: BackupStore;
  media: MediaStore;
  shell: ShellHooks;
  features: readonly Feature[];
  registry: CoreRegistry;
  /** Null while the database is damaged or missing (only backups and sign-in work then) or read-only. */
  db(): WriteDb | null;
  /** The writable handle, or the refusal saying why there is none (`database_damaged`, `storage_readonly`). */
  writableDb(): WriteDb;
  /** Why the recovery screen is shown (null: the database is open), and whether it is read-only. */
  storage(): { recovery: 'damaged' | 'missing' | null; cannotSave: StorageFault | null };
  /** Where PINs are checked: the database, or while it is damaged, the newest good backup. */
  authDb(): Db;
  restore(name: string): Promise<{ restored: string; replacedKeptAs: string }>;
}

/** The raw body of a call through its own route (`RawRoute`, a `POST`), streamed, not yet read. */
export interface Upload {
  body: Readable;
  /** The length the sender announced, if any: refused before a byte is read when over the limit. */
  declaredBytes?: number;
}

/** What one call of a read handler gets besides its input: a handle that can only read. */
export interface Ctx {
  db: ReadDb;
  clientId: string;
  /** Only for a method with a raw `POST` route, called through it. */
  upload?: Upload;
  peer: Peer;
  staff: SessionStaff | null;
  app: AppServices;
  now: () => Date;
}

/** What a declared write's handler gets: a writable handle inside the dispatcher's transaction. */
export interface WriteCtx extends Omit<Ctx, 'db'> {
  db: WriteDb;
  /**
   * Adds what changed to the call's audit entry (the action defaults to the method's name). Without
   * it the dispatcher records the call alone.
   */
  audit(record: Partial<AuditRecord> & Pick<AuditRecord, 'entity'>): void;
  /** This call changed nothing (a save with the same values): no audit entry, no `data.changed`. */
  unchanged(): void;
  /** Runs once the transaction has committed (removing a file the change no longer needs). */
  afterCommit(fn: () => void): void;
  /**
   * This call also changes what another domain's screens show (approving a reading list changes
   * the reading room's): `data.changed` is pushed for it too, after the commit.
   */
  alsoChanged(domain: string): void;
}

type ReadHandler<K extends Method> = (input: Parsed<K>, ctx: Ctx) => Out<K> | Promise<Out<K>>;

/**
 * A declared write: synchronous, since it runs inside one SQLite transaction. Work that must wait
 * (hashing a PIN) goes in `prepare`, which runs before the transaction on a read handle.
 */
export type WriteHandler<K extends Method> =
  | ((input: Parsed<K>, ctx: WriteCtx) => Out<K>)
  | {
      prepare(input: Parsed<K>, ctx: Ctx): Promise<unknown>;
      apply(input: Parsed<K>, ctx: WriteCtx, prepared: unknown): Out<K>;
    }
  | LongWriteHandler<K>;

/** A declared write too large to hold the event loop through, run on a worker: see {@link longTwoPhase}. */
export interface LongWriteHandler<K extends Method> {
  prepare(input: Parsed<K>, ctx: Ctx): Promise<unknown>;
  applyLong(input: Parsed<K>, ctx: WriteCtx, prepared: unknown): Promise<Out<K>>;
}

/** A two-phase write whose `apply` receives what `prepare` made, typed. */
export function twoPhase<I, P, O>(
  prepare: (input: I, ctx: Ctx) => Promise<P>,
  apply: (input: I, ctx: WriteCtx, prepared: P) => O,
) {
  return { prepare, apply: (input: I, ctx: WriteCtx, prepared: unknown) => apply(input, ctx, prepared as P) };
}

/**
 * A two-phase write too long for one synchronous transaction on core's thread (an import of
 * 100,000 rows). Both phases run on a worker thread (`long-write-worker.ts`), so neither its work
 * nor its COMMIT holds core's event loop: `prepare` on a read connection while other writes go on,
 * then `apply` in ONE transaction on a connection of its own, once the dispatcher holds the other
 * writers back. Every other call is answered meanwhile, reading the database as it was until the
 * commit; declared writes asked meanwhile wait for it. Its request id, audit and `data.changed` are
 * kept as for any declared write; its audit entries are written as they come. In the worker a
 * handler has its input, the database, `staff`, `clientId`, `peer` and `now` (fixed at the moment
 * of the call), never `ctx.app`; the input and the answer cross threads, so they are plain data.
 */
export function longTwoPhase<I, P, O>(
  prepare: (input: I, ctx: Ctx) => Promise<P>,
  apply: (input: I, ctx: WriteCtx, prepared: P) => Promise<O>,
) {
  return {
    prepare,
    applyLong: (input: I, ctx: WriteCtx, prepared: unknown) => apply(input, ctx, prepared as P),
  };
}

export type Handler<K extends Method> = K extends WriteMethod ? WriteHandler<K> : ReadHandler<K>;
export type Handlers = { [K in Method]: Handler<K> };

/**
 * What a feature's daily step gets (the reading room's retention): a writable handle inside a
 * transaction of its own, the clock, and the audit, recorded as the system's.
 */
export interface DailyCtx {
  db: WriteDb;
  now: () => Date;
  audit(record: AuditRecord): void;
}

/**
 * What a feature resolves of a link `{ area, kind, id }` to its content: its title, or null when
 * gone; a place with a live state (a room) tells it too, as at `now`.
 */
export type LinkResolver = (db: ReadDb, id: string, now: Date) => { title: string; state?: LinkState } | null;
/** A row of a feature that uses a stored file (a title's cover): the file is not deleted while it does. */
export interface MediaRef {
  /** The media id. */
  media: string;
  /** What kind of row, for the words around the label (`title`). */
  kind: string;
  /** Which row, in words a person knows it by (the book's title). */
  label: string;
}

/** What a feature adds to core: one registry line in `features/index.ts`. */
export interface Feature {
  /** The area or platform service id: its counters, settings and error texts are named after it. */
  id: string;
  /** A visitor area with a home-screen tile (the renderer has the tile; core says it is there). */
  area: boolean;
  /** Its part of the API contract (`electron/shared/<feature>.api.ts`). */
  api: MethodMap;
  handlers: Partial<Record<string, unknown>>;
  /** Its error codes, with their HTTP status (texts in its i18n namespace). */
  errors?: ErrorMap;
  /** Its settings; keys start with the feature's id. */
  settings?: SettingMap;
  /** Numbered 1..N within the feature (see db/migrations.ts). */
  migrations: Migration[];
  /**
   * Housekeeping run with the daily backup (checked every hour, after it): cheap when there is
   * nothing to do. Returns whether it changed anything.
   */
  daily?: (ctx: DailyCtx) => boolean;
  /** Demo content for a fresh data folder (in one transaction; skipped with `--no-demo`). */
  seed?(db: WriteDb, now: Date): void;
  /**
   * Demo content that needs stored files (pictures with their variants, made asynchronously): run
   * once after `seed` on a fresh data folder with the demo, awaited before core answers anyone.
   */
  seedMedia?(env: DemoMediaEnv): Promise<void>;
  /** The attract screen's counters; keys start with `<id>.`. */
  counters?(db: ReadDb): Counter[];
  /** What links to this feature's content resolve to, by kind (`shelf`, `room`, `exhibit` …). */
  links?: Record<string, LinkResolver>;
  /** The park's companies and party branches this feature knows (a form offers them as one types). */
  organisations?(db: ReadDb): Organisation[];
  /**
   * The centre's own words (titles, authors, shelf and organisation names) the input method ranks
   * first. Read while core goes on answering: the input method pauses between items, so a large
   * list comes best from a generator reading a page per query (no statement left open meanwhile).
   */
  vocabulary?(db: ReadDb): Iterable<string>;
  /** Cheap: changes whenever `vocabulary` may have; a feature with a vocabulary must give one. */
  vocabularyVersion?(db: ReadDb): string;
  /** Every use this feature makes of stored files (media); a file in use is never deleted. */
  mediaRefs?(db: ReadDb): MediaRef[];
  /** Content that visitors see only once a reviewer approved it (platform/publishing). */
  contentKinds?: readonly ContentKind[];
}
