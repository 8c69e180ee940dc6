import type { WriteDb } from '../../../db/database';

/** What names a borrower in a stored copy (an audit entry, a request's answer). */
export interface Person {
  cardNo: string;
  name: string;
  phone: string | null;
}

/** Fields of a borrower-shaped object (a loan's `borrower`, a borrower's audit) that are personal. */
const PERSONAL_KEYS = new Set([
  'name',
  'cardNo',
  'card_no',
  'phone',
  'company',
  'partyBranch',
  'party_branch',
  'note',
]);

/** Names shorter than this are not searched inside longer texts: "王" would blank every 王 in the log. */
const MIN_NAME_IN_TEXT = 2;

function scrubText(s: string, p: Person): string | null {
  if (s === p.cardNo || s === p.name || (p.phone !== null && s === p.phone)) return null;
  return p.name.length >= MIN_NAME_IN_TEXT && s.includes(p.name) ? s.split(p.name).join('***') : s;
}

/**
 * A copy of `value` with the person taken out: any object that is theirs (its card number is
 * theirs) loses its personal fields, and any text that is their card, name or phone is blanked;
 * their name inside a longer text is starred. Everything else (ids, dates, titles) stays.
 */
export function scrubValue(value: unknown, p: Person): unknown {
  if (typeof value === 'string') return scrubText(value, p);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, p));
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const theirs = o.cardNo === p.cardNo || o.card_no === p.cardNo;
  return Object.fromEntries(
    Object.entries(o).map(([k, v]) => [k, theirs && PERSONAL_KEYS.has(k) ? null : scrubValue(v, p)]),
  );
}

const scrubJson = (text: string | null, p: Person): string | null =>
  text === null ? null : JSON.stringify(scrubValue(JSON.parse(text) as unknown, p) ?? null);

interface AuditText {
  id: number;
  entity_id: string | null;
  before: string | null;
  after: string | null;
}
interface RequestText {
  request_id: string;
  input: string;
  result: string;
}

/**
 * Takes a person out of the stored copies that name them: the audit log's details and the answers
 * kept under request ids. Rows are found by their text holding the card or the name, then changed
 * field by field (`scrubValue`), never by blind text replacement. Counts the rows changed.
 */
export function scrubPerson(db: WriteDb, p: Person): { audit: number; requests: number } {
  const needles = { card: p.cardNo, name: p.name };
  const audits = db
    .prepare<[typeof needles], AuditText>(
      `SELECT id, entity_id, before, after FROM audit_log
       WHERE instr(coalesce(entity_id, '') || char(0) || coalesce(before, '') || char(0) || coalesce(after, ''), @card) > 0
          OR instr(coalesce(before, '') || char(0) || coalesce(after, ''), @name) > 0`,
    )
    .all(needles);
  const updateAudit = db.prepare('UPDATE audit_log SET entity_id = ?, before = ?, after = ? WHERE id = ?');
  let audit = 0;
  for (const row of audits) {
    const next = {
      entityId: row.entity_id === p.cardNo ? null : row.entity_id,
      before: scrubJson(row.before, p),
      after: scrubJson(row.after, p),
    };
    if (next.entityId === row.entity_id && next.before === row.before && next.after === row.after) continue;
    updateAudit.run(next.entityId, next.before, next.after, row.id);
    audit++;
  }
  const stored = db
    .prepare<[typeof needles], RequestText>(
      `SELECT request_id, input, result FROM requests
       WHERE instr(input || char(0) || result, @card) > 0 OR instr(input || char(0) || result, @name) > 0`,
    )
    .all(needles);
  const updateRequest = db.prepare('UPDATE requests SET input = ?, result = ? WHERE request_id = ?');
  let requests = 0;
  for (const row of stored) {
    const input = scrubJson(row.input, p) ?? 'null';
    const result = scrubJson(row.result, p) ?? 'null';
    if (input === row.input && result === row.result) continue;
    updateRequest.run(input, result, row.request_id);
    requests++;
  }
  return { audit, requests };
}
