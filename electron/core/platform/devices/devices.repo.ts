import { createHash } from 'node:crypto';
import type { DeviceIdentity, DevicePurpose } from '../../../shared/devices.api';
import type { Db, WriteDb } from '../../db/database';
import { cached } from '../sql/statements';

export interface DeviceRow {
  id: number;
  name: string;
  purpose: DevicePurpose;
  paired_at: string;
  paired_by: string;
}

/** Tokens are 32 random bytes: a plain SHA-256 is enough to keep them out of the database. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function devicesRepo(db: Db) {
  return {
    byToken(token: string): DeviceIdentity | null {
      const row = cached<[string], DeviceRow>(
        db,
        'SELECT id, name, purpose FROM devices WHERE token_hash = ? AND revoked_at IS NULL',
      ).get(tokenHash(token));
      return row ? { id: row.id, name: row.name, purpose: row.purpose } : null;
    },
    active(): DeviceRow[] {
      return cached<[], DeviceRow>(
        db,
        `SELECT id, name, purpose, paired_at, paired_by FROM devices
         WHERE revoked_at IS NULL ORDER BY paired_at, id`,
      ).all();
    },
  };
}

export function devicesWriter(db: WriteDb) {
  return {
    add(d: { name: string; purpose: DevicePurpose; token: string; at: string; by: string }): number {
      const { lastInsertRowid } = cached(
        db,
        `INSERT INTO devices (name, purpose, token_hash, paired_at, paired_by) VALUES (?, ?, ?, ?, ?)`,
      ).run(d.name, d.purpose, tokenHash(d.token), d.at, d.by);
      return Number(lastInsertRowid);
    },
    revoke(id: number, at: string): DeviceRow | null {
      const row = cached<[string, number], DeviceRow>(
        db,
        `UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL
         RETURNING id, name, purpose, paired_at, paired_by`,
      ).get(at, id);
      return row ?? null;
    },
  };
}
