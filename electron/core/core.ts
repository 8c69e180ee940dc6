import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { KioskEvent, KioskEventName, KioskEvents, Result, Settings } from '../shared';
import type { DeviceIdentity } from '../shared/devices.api';
import type { MediaInfo } from '../shared/media.types';
import {
  SCREEN,
  type AppServices,
  type Ctx,
  type DeviceServices,
  type Feature,
  type Peer,
  type ShellHooks,
  type Upload,
} from './context';
import { checkFile, openDatabase, openForReading, type Db, type ReadDb, type WriteDb } from './db/database';
import { afterLongWrites } from './db/long-write';
import { migrate, planMigrations, schemaState, type FeatureMigrations } from './db/migrations';
import { dropStalePending, swapInFile } from './db/swap-file';
import { canWrite, diskFull, storageError, storageFault, type StorageFault } from './db/storage-faults';
import { dispatch, failureOf, type DispatchEnv } from './dispatcher';
import { DomainError } from './errors';
import { FEATURES } from './features';
import { boundedLogger, consoleLogger, type Logger } from './log';
import { ensureAdminPin, seedFresh } from './platform/auth/first-start';
import { seedDemoMedia } from './platform/demo/demo-media';
import { Sessions } from './platform/auth/sessions';
import { SignInGuard } from './platform/auth/sign-in-guard';
import { BackupStore } from './platform/backups/backup-store';
import { devicesRepo } from './platform/devices/devices.repo';
import { PairingCodes } from './platform/devices/pairing-codes';
import { everyHour, runDailySteps } from './platform/maintenance/daily-steps';
import { MediaBackups } from './platform/media/media-backup';
import { importMedia, mediaLimits, type UploadMeta } from './platform/media/media-import';
import { MediaStore } from './platform/media/media-store';
import { readSettings } from './platform/settings/settings.repo';
import { buildRegistry, type CoreRegistry } from './registry';
import { WindowCounter } from './window-counter';

export interface CoreOptions {
  dataDir: string;
  /** Fill a fresh data folder with the demo centre (default true). */
  demo?: boolean;
  /**
   * With the demo, also its content that needs stored files (the exhibitions' drawn pictures and
   * testimony video, some seconds of drawing and encoding); default true. Tests leave it out.
   */
  demoMedia?: boolean;
  /** Sets the admin PIN of a data folder that has none yet (scripted installs, tests). */
  adminPin?: string;
  log?: Logger;
  now?: () => Date;
  shell?: ShellHooks;
  features?: readonly Feature[];
}

/** Methods that still work while the database is damaged: enough to sign in and restore a backup. */
const WHILE_DAMAGED = new Set<string>([
  'kiosk.info',
  'kiosk.reset',
  'auth.signIn',
  'auth.signOut',
  'auth.me',
  'backups.list',
  'backups.restore',
  'backups.seal',
  'backups.unseal',
  'diagnostics.logError',
]);

/** Why the kiosk shows its recovery screen: the database failed its check, or it is not there. */
export type RecoveryReason = 'damaged' | 'missing';

/** Renderer error reports taken from one device in a minute. */
const ERROR_REPORTS_PER_MINUTE = 10;

const settled = (): void => undefined;

/**
 * The running app: one database, its backups, staff sessions and the dispatcher. Both shells
 * (Electron IPC and the HTTP host) hold one Core and call {@link Core.invoke}.
 */
export class Core {
  readonly dbFile: string;
  readonly backups: BackupStore;
  /** The media store, which the shells serve at `/media/<id>` (media-server.ts). */
  readonly media: MediaStore;
  readonly sessions: Sessions;
  private readonly signInGuard = new SignInGuard();
  private readonly errorReports = new WindowCounter(ERROR_REPORTS_PER_MINUTE, 60_000);
  private readonly devices: DeviceServices = { codes: new PairingCodes(), seen: new Map() };
  private readonly events = new EventEmitter();
  readonly registry: CoreRegistry;
  private readonly log: Logger;
  private readonly now: () => Date;
  private readonly features: readonly Feature[];
  private db: WriteDb | null = null;
  /** The same file opened read-only: what read methods get, so a hidden write fails loudly. */
  private reader: ReadDb | null = null;
  private fallback: Db | null = null;
  private damage: string[] = [];
  private recoveryReason: RecoveryReason | null = null;
  /** Why nothing can be saved, found at start (a read-only folder or file, a full disk), or null. */
  private noSaving: StorageFault | null = null;
  private ready: Promise<void> = Promise.resolve();
  private readonly running = new Set<Promise<unknown>>();
  private timer: NodeJS.Timeout | undefined;

  private constructor(private readonly options: CoreOptions) {
    this.log = boundedLogger(options.log ?? consoleLogger);
    this.now = options.now ?? (() => new Date());
    this.features = options.features ?? FEATURES;
    this.registry = buildRegistry(this.features);
    fs.mkdirSync(options.dataDir, { recursive: true });
    this.dbFile = path.join(options.dataDir, 'hongyi.sqlite');
    this.media = new MediaStore(path.join(options.dataDir, 'media'));
    const backupsDir = path.join(options.dataDir, 'backups');
    this.backups = new BackupStore(backupsDir, this.now, [
      new MediaBackups(this.media, path.join(backupsDir, 'media')),
    ]);
    this.sessions = new Sessions(this.now);
  }

  static async open(options: CoreOptions): Promise<Core> {
    const core = new Core(options);
    await core.openDatabase();
    return core;
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  /** The problems `quick_check` found (or that the file is missing), or [] for a sound database. */
  get damaged(): readonly string[] {
    return this.damage;
  }

  /** Why the recovery screen is shown, or null when the database is open. */
  get recovery(): RecoveryReason | null {
    return this.recoveryReason;
  }

  /** Why the database was opened for reading only (reads and sign-in work), or null. */
  get cannotSave(): StorageFault | null {
    return this.noSaving;
  }

  /** True when the database was opened for reading only: nothing can be saved. */
  get readOnly(): boolean {
    return this.noSaving !== null;
  }

  /** The writable handle, or the refusal that says why there is none. */
  private writable(): WriteDb {
    if (this.db) return this.db;
    if (this.noSaving) throw storageError(this.noSaving);
    throw new DomainError('database_damaged', 'The database is damaged; an admin must restore a backup');
  }

  /**
   * One API call from a client; `peer` says where it comes from (the hub's own screen by default).
   * A method with a raw route (`RawRoute`) is answered only when the shell calls it as one (`raw`,
   * with the body of a `POST`): its answer is a file, or its input one.
   */
  invoke(method: string, input: unknown, clientId: string, peer = SCREEN, raw?: { upload?: Upload }) {
    const upload = raw?.upload;
    const env: DispatchEnv = {
      registry: this.registry,
      log: this.log,
      raw: raw !== undefined,
      context: (m, c, t) => ({ ...this.context(m, c, t, peer), ...(upload ? { upload } : {}) }),
      writeDb: () => this.writable(),
      changed: (domain) => this.emit('data.changed', { domain }),
    };
    const call = () => dispatch(env, method, input, clientId);
    if (method === 'backups.restore') {
      // A restore closes the database under every handler: it waits for the calls already
      // running, and every call arriving after it waits for it (from the moment it is asked for).
      const result = Promise.allSettled([this.ready, ...this.running]).then(call);
      this.ready = result.then(settled, settled);
      return result;
    }
    return this.track(this.ready.then(call));
  }

  /**
   * A streamed upload (`POST /api/media`) by a signed-in staff member. The body is received and
   * checked without holding off anyone; only its final step, the file moved into place with its
   * row, goes through the same gate as the API, so a restore never closes the database under it.
   */
  async importMedia(source: Readable, meta: UploadMeta, clientId: string): Promise<Result<MediaInfo>> {
    try {
      const staff = this.sessions.get(clientId, true);
      if (!staff) throw new DomainError('unauthenticated', 'Sign in first');
      const db = this.writable();
      const value = await importMedia(
        {
          store: this.media,
          staff,
          now: this.now,
          limits: mediaLimits(db),
          commit: (fn) =>
            this.track(
              this.ready.then(() => {
                const current = this.writable();
                return afterLongWrites(current, () => current.transaction(() => fn(current))());
              }),
            ),
        },
        source,
        meta,
      );
      return { ok: true, value };
    } catch (err) {
      return failureOf(err, this.log, 'Media upload');
    }
  }

  /** Counts a call as running until it settles, so that a restore waits for it. */
  private track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const done = () => void this.running.delete(work);
    work.then(done, done);
    return work;
  }

  /** The settings as they stand, for the shell (the display the Electron shell shows the show on). */
  settings(): Settings | null {
    return this.db && readSettings(this.reader ?? this.db);
  }

  onEvent(listener: (event: KioskEvent) => void): () => void {
    this.events.on('event', listener);
    return () => this.events.off('event', listener);
  }

  /** The daily backup, then each feature's daily step: now and every hour after (a kiosk runs for days). */
  startMaintenance(): void {
    const failed = (err: unknown) => this.log.error('Daily backup failed', err);
    this.timer = everyHour(() => void this.dailyBackup().catch(failed).then(this.dailySteps));
  }

  /** Each feature's daily step (`Feature.daily`), as the system; the daily backup comes first. */
  readonly dailySteps = (): Promise<string[]> =>
    this.track(this.ready.then(() => runDailySteps(this.db, this.features, this.now, this.log)));

  dailyBackup(): Promise<boolean> {
    // Through the same gate as the API: a restore must not close the database under a backup.
    return this.track(
      this.ready.then(async () => {
        if (!this.db || !this.backups.dailyDue()) return false;
        const info = await this.backups.create(this.db, 'daily');
        this.log.info(`Daily backup ${info.name}`);
        return true;
      }),
    );
  }

  close(): void {
    clearInterval(this.timer);
    this.closeHandles();
  }

  private closeHandles(): void {
    this.reader?.close();
    this.db?.close();
    this.fallback?.close();
    this.db = this.reader = this.fallback = null;
  }

  private emit<K extends KioskEventName>(name: K, data: KioskEvents[K]): void {
    this.events.emit('event', { name, data } satisfies KioskEvent<K>);
  }

  private services(): AppServices {
    return {
      log: this.log,
      now: this.now,
      emit: (name, data) => this.emit(name, data),
      sessions: this.sessions,
      signInGuard: this.signInGuard,
      errorReports: this.errorReports,
      devices: this.devices,
      backups: this.backups,
      media: this.media,
      shell: this.options.shell ?? {},
      features: this.features,
      registry: this.registry,
      db: () => this.db,
      writableDb: () => this.writable(),
      storage: () => ({ recovery: this.recoveryReason, cannotSave: this.noSaving }),
      authDb: () => this.authDb(),
      restore: (name) => this.restore(name),
    };
  }

  private context(method: string, clientId: string, touch: boolean, peer: Peer): Ctx {
    let db: ReadDb | null = this.reader;
    if (!db) {
      if (!WHILE_DAMAGED.has(method)) {
        throw new DomainError('database_damaged', 'The database is damaged; an admin must restore a backup');
      }
      db = this.authDb();
    }
    return {
      db,
      clientId,
      peer: this.pairedPeer(method, peer),
      staff: this.sessions.get(clientId, touch),
      app: this.services(),
      now: this.now,
    };
  }

  /**
   * A device on the LAN is answered only once paired (the hub's own screen needs no pairing):
   * until then, and once revoked, it may only pair.
   */
  private pairedPeer(method: string, peer: Peer): Peer {
    if (peer.screen) return peer;
    const device = peer.deviceToken ? this.identifyDevice(peer.deviceToken, peer.address) : null;
    if (!device && method !== 'devices.pair')
      throw new DomainError('device_unpaired', 'Pair this screen with the hub first');
    return device ? { ...peer, device } : peer;
  }

  /** The paired screen a device token names (the HTTP shell's device cookie), noted as heard from. */
  identifyDevice(token: string, address: string): DeviceIdentity | null {
    const device = devicesRepo(this.authDb()).byToken(token);
    if (device) this.devices.seen.set(device.id, { at: this.now().toISOString(), address });
    return device;
  }

  /**
   * Where PINs are checked: the database (read-only when it cannot be written); while it is damaged
   * or missing, the newest good backup, read-only.
   */
  private authDb(): Db {
    if (this.db) return this.db;
    if (this.reader) return this.reader;
    if (!this.fallback) {
      const good = this.backups.newestGood();
      if (good) this.fallback = openDatabase(this.backups.pathOf(good.name), { readonly: true });
      else {
        // No good backup either: an empty schema keeps the kiosk's screens answering.
        const empty = openDatabase(':memory:');
        migrate(empty, this.migrations());
        this.fallback = empty;
      }
    }
    return this.fallback;
  }

  private migrations(): FeatureMigrations[] {
    return planMigrations(this.features.map((f) => ({ feature: f.id, migrations: f.migrations })));
  }

  private async openDatabase(): Promise<void> {
    this.recoveryReason = null;
    this.noSaving = null;
    dropStalePending(path.join(this.dataDir, 'replaced'), this.dbFile);
    const exists = fs.existsSync(this.dbFile);
    if (!exists && this.backups.list().length > 0) {
      // Backups without a database: the file was lost (a folder tidied by hand, a disk error, a
      // crash in an old restore). A fresh centre here would look like an empty install and its
      // daily backups would in time push the real ones out; an admin restores one instead.
      this.damage = ['hongyi.sqlite is missing, and there are backups'];
      this.recoveryReason = 'missing';
      this.log.error('Database file missing while backups exist: not making a new one');
      return;
    }
    if (exists && !(canWrite(this.dataDir, true) && canWrite(this.dbFile, false))) {
      this.openReadOnly('storage_readonly');
      return;
    }
    if (exists) {
      const problems = checkFile(this.dbFile, 'quick');
      if (problems.length > 0 && diskFull(this.dataDir)) {
        // SQLite could not make its `-shm` file to check it: the disk, not the file. The check is
        // made again on a copy in memory.
        this.openReadOnly('storage_full');
        return;
      }
      if (problems.length > 0) {
        // Never opened for writing: a write could make the damage worse and cost the backups' worth.
        this.damage = problems;
        this.recoveryReason = 'damaged';
        this.log.error(`Database damaged, not opened: ${problems.slice(0, 5).join('; ')}`);
        return;
      }
    }
    let db: WriteDb;
    try {
      db = openDatabase(this.dbFile);
    } catch (err) {
      const fault = storageFault(err);
      if (!exists || !fault) throw err;
      this.openReadOnly(fault);
      return;
    }
    try {
      const migrations = this.migrations();
      const { fresh, pending } = schemaState(db, migrations);
      if (!fresh && pending.length > 0) await this.backups.create(db, 'pre-migration');
      migrate(db, migrations);
      const demo = this.options.demo ?? true;
      if (fresh) seedFresh(db, this.features, this.now(), demo);
      if (fresh && demo && (this.options.demoMedia ?? true))
        await seedDemoMedia(db, this.features, this.media, this.now, this.log);
      await ensureAdminPin(db, this.options.adminPin);
    } catch (err) {
      db.close();
      // A full disk at start (the backup before a migration, a migration): the kiosk still reads.
      const fault = storageFault(err);
      if (!exists || !fault) throw err;
      this.openReadOnly(fault);
      return;
    }
    this.db = db;
    // A file-backed database gets its read-only twin; WAL lets it read while the writer writes.
    this.reader = openDatabase(this.dbFile, { readonly: true });
    this.damage = [];
  }

  /**
   * The folder or the file cannot be written (a read-only mount, permissions), or the disk is full
   * at start: the database is opened for reading only, so visitors' screens and sign-in work and
   * every write is refused with `why`. Not damage: nothing is wrong with the file. Writing again
   * takes a restart once the disk is put right.
   */
  private openReadOnly(why: StorageFault): void {
    const opened = openForReading(this.dbFile);
    if ('problems' in opened) {
      const { problems } = opened;
      this.damage = problems;
      this.recoveryReason = 'damaged';
      this.log.error(`Database damaged, not opened: ${problems.slice(0, 5).join('; ')}`);
      return;
    }
    const { reader } = opened;
    const { pending } = schemaState(reader, this.migrations());
    if (pending.length > 0)
      this.log.error(`Read-only database awaits ${pending.length} migration(s): some screens may fail`);
    this.reader = reader;
    this.noSaving = why;
    this.damage = [];
    this.log.error(`Database opened for reading only (${why}): nothing is saved until a restart`);
  }

  /**
   * Replaces the database with a backup. The file it replaces (damaged or not) is moved to
   * `replaced/`, never deleted; the backup is checked before anything is touched.
   */
  private async restore(name: string): Promise<{ restored: string; replacedKeptAs: string }> {
    if (this.noSaving) throw storageError(this.noSaving);
    if (!this.backups.exists(name)) throw new DomainError('not_found', `No backup named ${name}`);
    const source = this.backups.pathOf(name);
    const problems = checkFile(source, 'integrity');
    if (problems.length > 0)
      throw new DomainError('backup_invalid', `The backup is damaged: ${problems[0] ?? ''}`);
    const probe = openDatabase(source, { readonly: true });
    try {
      schemaState(probe, this.migrations());
    } catch {
      throw new DomainError('backup_invalid', 'The backup was made by a newer Hongyi');
    } finally {
      probe.close();
    }
    const missing = this.backups.missing(name);
    if (missing.length > 0) {
      throw new DomainError('backup_invalid', `${missing.length} media file(s) of the backup are missing`, {
        missingMedia: missing.length,
      });
    }
    // Before the database is replaced: the files it lists are in place when it opens.
    this.backups.restoreCompanions(name);

    this.db?.pragma('wal_checkpoint(TRUNCATE)');
    this.closeHandles();
    const at = this.now().toISOString().replace(/[:.]/g, '-');
    // The live file is either the old one or the whole backup at every moment (db/swap-file.ts).
    let kept: string | null;
    try {
      kept = swapInFile(source, this.dbFile, path.join(this.dataDir, 'replaced'), `hongyi-${at}`);
    } catch (err) {
      // A failed swap (a full disk while copying) leaves the file that was there: the app goes on
      // with whichever file is in place, so it never stays closed until a restart.
      await this.openDatabase();
      throw err;
    }

    await this.openDatabase();
    this.sessions.clear();
    const keptAs = kept === null ? '' : `replaced/${kept}`;
    this.log.warn(`Database restored from ${name}; the replaced file is kept as ${keptAs || '(none)'}`);
    this.emit('database.restored', {});
    return { restored: name, replacedKeptAs: keptAs };
  }
}
