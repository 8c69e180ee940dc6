import { randomBytes } from 'node:crypto';
import type { PairedDevice } from '../../../shared/devices.api';
import type { Handlers } from '../../context';
import { DomainError } from '../../errors';
import { devicesRepo, devicesWriter } from './devices.repo';

type DeviceMethods = 'devices.list' | 'devices.pairingCode' | 'devices.pair' | 'devices.revoke';

export const devicesHandlers: Pick<Handlers, DeviceMethods> = {
  'devices.list': (_input, ctx) => {
    const { seen } = ctx.app.devices;
    const devices: PairedDevice[] = devicesRepo(ctx.db)
      .active()
      .map((d) => ({
        id: d.id,
        name: d.name,
        purpose: d.purpose,
        pairedAt: d.paired_at,
        pairedBy: d.paired_by,
        lastSeenAt: seen.get(d.id)?.at ?? null,
        lastAddress: seen.get(d.id)?.address ?? null,
      }));
    return { lan: ctx.app.shell.lan ?? null, devices };
  },

  // The code lives in memory; the audit entry says who made one and when, never the code.
  'devices.pairingCode': (_input, ctx) => {
    const lan = ctx.app.shell.lan;
    if (!lan) throw new DomainError('pairing_unavailable', 'The hub serves no LAN: start it with --host');
    const { code, expiresAt } = ctx.app.devices.codes.issue(ctx.staff?.staffNo ?? 'admin', ctx.now());
    ctx.audit({ entity: 'device', after: { expiresAt: expiresAt.toISOString() } });
    return { code, expiresAt: expiresAt.toISOString(), lan };
  },

  'devices.pair': (input, ctx) => {
    if (ctx.peer.screen || ctx.peer.device)
      throw new DomainError('pairing_not_needed', 'This screen needs no pairing');
    if (!ctx.app.shell.lan) throw new DomainError('pairing_unavailable', 'The hub serves no LAN');
    const taken = ctx.app.devices.codes.take(input.code, ctx.now());
    if (!taken)
      throw new DomainError('pairing_code_wrong', 'Wrong or expired code: ask the admin for a new one');
    const token = randomBytes(32).toString('base64url');
    const at = ctx.now().toISOString();
    const id = devicesWriter(ctx.db).add({ ...input, token, at, by: taken.by });
    // Heard from as it pairs: the admin's list shows where it is at once.
    ctx.afterCommit(() => ctx.app.devices.seen.set(id, { at, address: ctx.peer.address }));
    ctx.audit({
      entity: 'device',
      entityId: id,
      after: { name: input.name, purpose: input.purpose, address: ctx.peer.address, codeBy: taken.by },
    });
    return { device: { id, name: input.name, purpose: input.purpose }, token };
  },

  'devices.revoke': (input, ctx) => {
    const gone = devicesWriter(ctx.db).revoke(input.id, ctx.now().toISOString());
    if (!gone) throw new DomainError('not_found', 'No such paired screen');
    ctx.app.devices.seen.delete(gone.id);
    ctx.audit({ entity: 'device', entityId: gone.id, before: { name: gone.name, purpose: gone.purpose } });
    return { ok: true };
  },
};
