import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';
import type { ApiError, In, Method, Out, Result, StaffRole } from '../shared';
import type { Feature, Peer, ShellHooks } from './context';
import { Core } from './core';
import { silentLogger, type Logger } from './log';
import { hashPin } from './platform/auth/pin';
import { tokenHash } from './platform/devices/devices.repo';

/**
 * Test support for core: a real data folder per test, a clock the test moves by hand, and typed
 * calls through the real dispatcher. Only tests import this file.
 */

export const TEST_ADMIN_PIN = '246810';
export const ADMIN_CLIENT = 'test:admin';
export const STAFF_PIN = '1357';

export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
}

export function testClock(start = '2025-03-01T08:00:00.000Z'): TestClock {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
  };
}

/** A fresh folder in the system temp dir, removed when the test ends. */
/** The error SQLite raises on a write while another connection holds the write lock. */
export function isBusy(err: unknown): boolean {
  return err instanceof Error && 'code' in err && err.code === 'SQLITE_BUSY';
}

export function tempDir(prefix = 'hongyi-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestCoreOptions {
  dataDir?: string;
  clock?: TestClock;
  /** Given as `--admin-pin`; null: no admin PIN (the setup screen); default {@link TEST_ADMIN_PIN}. */
  adminPin?: string | null;
  demo?: boolean;
  /** With the demo, its content with files too (some seconds): default false. */
  demoMedia?: boolean;
  features?: readonly Feature[];
  shell?: ShellHooks;
  log?: Logger;
}

export interface TestCore {
  core: Core;
  clock: TestClock;
  dataDir: string;
  dbFile: string;
  /** Calls a method from a client; `peer` says from where (the hub's own screen by default). */
  invoke(method: string, input: unknown, clientId?: string, peer?: Peer): Promise<Result<unknown>>;
  /** Calls a method that must succeed and returns its value. */
  ok<K extends Method>(method: K, input: In<K>, clientId?: string): Promise<Out<K>>;
  /** Calls a method that must be refused and returns the error. */
  refused(method: string, input: unknown, clientId?: string): Promise<ApiError>;
  /** Signs a client in (the admin by default). */
  signIn(clientId?: string, staffNo?: string, pin?: string): Promise<void>;
  /** The admin adds a staff account, signed in on a client of its own (`test:<staffNo>`), returned. */
  staffMember(staffNo: string, roles: StaffRole[]): Promise<string>;
  /** A screen on the LAN at `address`, paired with the hub (the same peer for the same address). */
  lanDevice(address: string): Peer;
}

/** Opens a real Core on a real SQLite file (no demo content unless asked), closed when the test ends. */
export async function openTestCore(options: TestCoreOptions = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? tempDir();
  const t = await open({ ...options, dataDir });
  onTestFinished(() => t.core.close());
  return t;
}

export interface SharedTestCore extends TestCore {
  /** Closes the core and removes its folder (in `afterAll`). */
  dispose(): void;
}

/** A Core shared by the tests of one file (`beforeAll`), for checks that change nothing. */
export async function openSharedTestCore(
  options: Omit<TestCoreOptions, 'dataDir'> = {},
): Promise<SharedTestCore> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-test-'));
  const t = await open({ ...options, dataDir });
  return {
    ...t,
    dispose: () => {
      t.core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function open(options: TestCoreOptions & { dataDir: string }): Promise<TestCore> {
  const clock = options.clock ?? testClock();
  const { dataDir } = options;
  const core = await Core.open({
    dataDir,
    demo: options.demo ?? false,
    demoMedia: options.demoMedia ?? false,
    ...(options.adminPin ? { adminPin: options.adminPin } : {}),
    log: options.log ?? silentLogger,
    now: clock.now,
    ...(options.features ? { features: options.features } : {}),
    ...(options.shell ? { shell: options.shell } : {}),
  });
  if (options.adminPin === undefined && core.damaged.length === 0 && !core.readOnly)
    await setTestAdminPin(core.dbFile);
  const invoke = (method: string, input: unknown, clientId = ADMIN_CLIENT, peer?: Peer) =>
    core.invoke(method, input, clientId, peer);
  const ok = async <K extends Method>(method: K, input: In<K>, clientId = ADMIN_CLIENT) => {
    const result = await invoke(method, input, clientId);
    if (!result.ok) throw new Error(`${method} refused: ${JSON.stringify(result.error)}`);
    return result.value as Out<K>;
  };
  const refused = async (method: string, input: unknown, clientId = ADMIN_CLIENT) => {
    const result = await invoke(method, input, clientId);
    if (result.ok)
      throw new Error(`${method} answered ${JSON.stringify(result.value)}; a refusal was expected`);
    return result.error;
  };
  const signIn = async (clientId = ADMIN_CLIENT, staffNo = 'admin', pin = TEST_ADMIN_PIN) => {
    await ok('auth.signIn', { staffNo, pin }, clientId);
  };
  const staffMember = async (staffNo: string, roles: StaffRole[]) => {
    const clientId = `test:${staffNo}`;
    await ok('staff.create', { staffNo, name: `员工${staffNo}`, roles, pin: STAFF_PIN });
    await signIn(clientId, staffNo, STAFF_PIN);
    return clientId;
  };
  const devices = new Map<string, Peer>();
  const lanDevice = (address: string) => {
    let peer = devices.get(address);
    if (!peer) {
      const deviceToken = pairTestDevice(core.dbFile, address);
      peer = { screen: false, address, deviceToken };
      devices.set(address, peer);
    }
    return peer;
  };
  return {
    core,
    clock,
    dataDir,
    dbFile: core.dbFile,
    invoke,
    ok,
    refused,
    signIn,
    staffMember,
    lanDevice,
  };
}

/**
 * Pairs a screen by writing its row beside the running core (pairing itself is tested in
 * devices.test.ts), and gives the token its cookie would hold.
 */
export function pairTestDevice(dbFile: string, name: string): string {
  const token = randomBytes(32).toString('base64url');
  const db = new Database(dbFile);
  try {
    db.prepare(
      `INSERT INTO devices (name, purpose, token_hash, paired_at, paired_by)
       VALUES (?, 'kiosk', ?, '2025-03-01T08:00:00.000Z', 'admin')`,
    ).run(name.slice(0, 40), tokenHash(token));
  } finally {
    db.close();
  }
  return token;
}

let testAdminHash: Promise<string> | undefined;

/**
 * Gives the admin {@link TEST_ADMIN_PIN} as `--admin-pin` would, but hashed once per test file:
 * scrypt is slow on purpose, and most tests only need a signed-in admin. (`--admin-pin` itself is
 * tested through Core.)
 */
async function setTestAdminPin(dbFile: string): Promise<void> {
  testAdminHash ??= hashPin(TEST_ADMIN_PIN);
  const hash = await testAdminHash;
  const db = new Database(dbFile, { fileMustExist: true });
  try {
    db.prepare("UPDATE staff SET pin_hash = ? WHERE staff_no = 'admin' AND pin_hash IS NULL").run(hash);
  } finally {
    db.close();
  }
}

/**
 * Every row of every table (FTS shadow tables included) and the schema version, read through a
 * separate read-only connection: two equal dumps mean the data did not change.
 */
export function dumpDatabase(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
      )
      .all();
    const parts = [`user_version=${String(db.pragma('user_version', { simple: true }))}`];
    for (const { name } of tables) {
      // Scan order is the key order, so equal contents give equal dumps (WITHOUT ROWID tables too).
      const rows = db
        .prepare<[], unknown[]>(`SELECT * FROM "${name.replace(/"/g, '""')}"`)
        .raw()
        .all();
      // Blobs as hex, in place: a replacer function in JSON.stringify made a dump 4× slower (about
      // 100 ms for the demo centre), and the role and input tests dump it twice per method.
      for (const row of rows)
        for (let i = 0; i < row.length; i++) {
          const value = row[i];
          if (Buffer.isBuffer(value)) row[i] = value.toString('hex');
        }
      parts.push(`${name}: ${JSON.stringify(rows)}`);
    }
    return parts.join('\n');
  } finally {
    db.close();
  }
}

export { damageFile } from './damage-file';
