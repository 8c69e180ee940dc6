import { describe, expect, test } from 'vitest';
import { importCatalogue, openOffice, query } from '../testing/office-testing';

interface AuditRow {
  actor: string;
  action: string;
  entity: string;
  after: string | null;
  area: string;
}

/** Exports that name borrowers (PIPL): an admin's, each in the audit log; counts stay a librarian's. */
describe('exports that name borrowers', () => {
  async function withLoans() {
    const t = await openOffice();
    await importCatalogue(t, 'c.csv', '书名,条码\n甲,L1\n');
    await t.ok('borrowers.create', {
      cardNo: 'B1',
      name: '张三',
      type: 'party_member',
      partyBranch: '一支部',
    });
    await t.ok('lending.checkout', { cardNo: 'B1', barcode: 'L1', requestId: 'req-00001' });
    const librarian = await t.staffMember('L01', ['librarian']);
    return { t, librarian };
  }
  const audits = (t: Awaited<ReturnType<typeof openOffice>>) =>
    query<AuditRow>(
      t,
      `SELECT actor, action, entity, after, area FROM audit_log WHERE action LIKE '%.export' ORDER BY id`,
    );

  test('a librarian is refused the borrower list and the loans, and nothing is recorded', async () => {
    const { t, librarian } = await withLoans();
    expect((await t.refused('loans.export', { format: 'csv' }, librarian)).code).toBe('forbidden');
    expect((await t.refused('borrowers.export', { format: 'xlsx' }, librarian)).code).toBe('forbidden');
    expect(audits(t)).toEqual([]);
  });

  test('an admin gets them, and each export is in the audit log without its content', async () => {
    const { t } = await withLoans();
    const loans = await t.ok('loans.export', { format: 'csv', openOnly: true });
    expect(Buffer.from(loans.contentBase64, 'base64').toString('utf8')).toContain('张三');
    await t.ok('borrowers.export', { format: 'xlsx' });
    const rows = audits(t);
    expect(rows.map((r) => [r.actor, r.action, r.entity, r.area])).toEqual([
      ['admin', 'loans.export', 'loans', 'library'],
      ['admin', 'borrowers.export', 'borrowers', 'library'],
    ]);
    expect(JSON.parse(rows[0]?.after ?? 'null')).toEqual({
      format: 'csv',
      openOnly: true,
      file: loans.fileName,
    });
    expect(rows.map((r) => r.after).join()).not.toContain('张三');
  });

  test('statistics, which carry counts only, stay a librarian’s and are not audited', async () => {
    const { t, librarian } = await withLoans();
    const range = { from: '2025-01-01', to: '2025-12-31' };
    await t.ok('stats.summary', range, librarian);
    await t.ok('stats.export', { ...range, format: 'csv' }, librarian);
    expect(audits(t)).toEqual([]);
  });
});
