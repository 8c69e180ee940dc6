import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../testing';

const PASSPHRASE = '红驿 USB 2026';

async function adminCore(): Promise<TestCore> {
  const t = await openTestCore();
  await t.signIn();
  return t;
}

async function visits(t: TestCore): Promise<number> {
  const counters = await t.ok('kiosk.counters', {});
  return counters.find((c) => c.key === 'platform.visits')?.value ?? -1;
}

/** A centre with one visit, its backup, and that backup sealed for a USB stick. */
async function sealedCopy() {
  const t = await adminCore();
  await t.ok('visits.begin', { language: 'zh-CN' });
  const backup = await t.ok('backups.create', {});
  const file = await t.ok('backups.seal', { name: backup.name, passphrase: PASSPHRASE });
  return { t, backup, file, sealed: Buffer.from(file.contentBase64, 'base64') };
}

describe('backups sealed for a USB stick', () => {
  it('seal with a passphrase: nothing of the database can be read in the file', async () => {
    const { t, backup, file, sealed } = await sealedCopy();
    expect(file.fileName).toBe(backup.name.replace(/\.sqlite$/, '.hongyi-backup'));
    expect(sealed.subarray(0, 8).toString('ascii')).toBe('HONGYIBK');
    const plain = fs.readFileSync(t.core.backups.pathOf(backup.name));
    expect(sealed.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(sealed.includes(plain.subarray(4096, 4160))).toBe(false);
    // A second seal of the same backup differs throughout (fresh salt and IV).
    const again = await t.ok('backups.seal', { name: backup.name, passphrase: PASSPHRASE });
    expect(again.contentBase64).not.toBe(file.contentBase64);
    const audit = await t.ok('audit.list', {});
    const entry = audit.rows.find((r) => r.action === 'backups.seal');
    expect(entry?.entityId).toBe(backup.name);
    expect(JSON.stringify(audit.rows)).not.toContain(PASSPHRASE);
  });

  it('round trip: opened with its passphrase it is listed, and restores the centre as it was', async () => {
    const { t, file } = await sealedCopy();
    await t.ok('visits.begin', { language: 'en' });
    expect(await visits(t)).toBe(2);
    const info = await t.ok('backups.unseal', { contentBase64: file.contentBase64, passphrase: PASSPHRASE });
    expect(info.reason).toBe('uploaded');
    expect((await t.ok('backups.list', {})).map((b) => b.name)).toContain(info.name);
    await t.ok('backups.restore', { name: info.name });
    await t.signIn();
    expect(await visits(t)).toBe(1);
  });

  it('refuses another passphrase in words, and changes nothing', async () => {
    const { t, file } = await sealedCopy();
    const before = await t.ok('backups.list', {});
    const refusal = await t.refused('backups.unseal', {
      contentBase64: file.contentBase64,
      passphrase: 'not the one',
    });
    expect(refusal.code).toBe('backup_passphrase_wrong');
    expect(await t.ok('backups.list', {})).toEqual(before);
    expect(fs.readdirSync(t.core.backups.dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses a file changed anywhere (header, contents or tag), and one that is not sealed', async () => {
    const { t, sealed } = await sealedCopy();
    const before = await t.ok('backups.list', {});
    for (const at of [9, 40, 100, Math.floor(sealed.length / 2), sealed.length - 1]) {
      const tampered = Buffer.from(sealed);
      tampered[at] = (tampered[at] ?? 0) ^ 0x01;
      const refusal = await t.refused('backups.unseal', {
        contentBase64: tampered.toString('base64'),
        passphrase: PASSPHRASE,
      });
      expect(['backup_invalid', 'backup_passphrase_wrong'], `byte ${at}`).toContain(refusal.code);
    }
    // Past the key check, a changed byte is a damaged file, not a wrong passphrase.
    const body = Buffer.from(sealed);
    body[200] = (body[200] ?? 0) ^ 0xff;
    const damaged = await t.refused('backups.unseal', {
      contentBase64: body.toString('base64'),
      passphrase: PASSPHRASE,
    });
    expect(damaged.code).toBe('backup_invalid');
    const plain = await t.refused('backups.unseal', {
      contentBase64: Buffer.from('SQLite format 3\0 and more').toString('base64'),
      passphrase: PASSPHRASE,
    });
    expect(plain.code).toBe('backup_invalid');
    expect(await t.ok('backups.list', {})).toEqual(before);
  });

  it('is the admin’s only, and a short passphrase is refused', async () => {
    const { t, backup, file } = await sealedCopy();
    const librarian = await t.staffMember('L01', ['librarian']);
    expect(
      (await t.refused('backups.seal', { name: backup.name, passphrase: PASSPHRASE }, librarian)).code,
    ).toBe('forbidden');
    expect(
      (
        await t.refused(
          'backups.unseal',
          { contentBase64: file.contentBase64, passphrase: PASSPHRASE },
          librarian,
        )
      ).code,
    ).toBe('forbidden');
    expect((await t.refused('backups.seal', { name: backup.name, passphrase: 'short' })).code).toBe(
      'invalid_input',
    );
  });
});
