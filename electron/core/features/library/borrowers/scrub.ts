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

/** Who is taken out, as the walk looks them up. */
class People {
  readonly cards = new Set<string>();
  readonly exact = new Set<string>();
  /** Names starred inside longer texts too (one person erased; not for a year's retention of many). */
  readonly inText: string[];
  constructor(people: readonly Person[], inText: boolean) {
    for (const p of people) {
      this.cards.add(p.cardNo);
      for (const s of [p.cardNo, p.name, p.phone]) if (s !== null) this.exact.add(s);
    }
    this.inText = inText ? people.map((p) => p.name).filter((n) => n.length >= MIN_NAME_IN_TEXT) : [];
  }
  text(s: string): string | null {
    if (this.exact.has(s)) return null;
    return this.inText.reduce((out, name) => (out.includes(name) ? out.split(name).join('***') : out), s);
  }
}

/**
 * A copy of `value` with the people taken out: any object that is one of theirs (its card number
 * is theirs) loses its personal fields, and any text that is a card, name or phone of theirs is
 * blanked. Everything else (ids, dates, titles) stays.
 */
function scrubValue(value: unknown, p: People): unknown {
  if (typeof value === 'string') return p.text(value);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, p));
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const card = o.cardNo ?? o.card_no;
  const theirs = typeof card === 'string' && p.cards.has(card);
  return Object.fromEntries(
    Object.entries(o).map(([k, v]) => [k, theirs && PERSONAL_KEYS.has(k) ? null : scrubValue(v, p)]),
  );
}

const scrubJson = (text: string | null, p: People): string | null =>
  text === null ? null : JSON.stringify(scrubValue(JSON.parse(text) as unknown, p) ?? null);

interface AuditText {
  id: number;
  entity: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
}
interface RequestText {
  request_id: string;
  input: string;
  result: string;
}

/** Which stored copies to look at: by default every one whose text holds a card or name of theirs. */
export interface ScrubScope {
  /** Only the audit entries this accepts (the loans a retention run anonymised). */
  auditOf?: (entity: string, entityId: string | null) => boolean;
  /** Only the request answers stored up to this instant. */
  requestsUntil?: string;
  /** Star their names inside longer texts as well. */
  inText?: boolean;
}

/**
 * Takes people out of the stored copies that name them: the audit log's details (and an entry's id
 * when it is a card, as a wrong self-service PIN's) and the answers kept under request ids. Each
 * row is changed field by field, never by blind text replacement. Counts the rows changed.
 */
export function scrubPeople(
  db: WriteDb,
  people: readonly Person[],
  scope: ScrubScope = {},
): { audit: number; requests: number } {
  if (people.length === 0) return { audit: 0, requests: 0 };
  const p = new People(people, scope.inText ?? false);
  const one = people.length === 1 ? people[0] : undefined;
  const needles = { card: one?.cardNo ?? '', name: one?.name ?? '' };

  // One person: the rows holding their card or name. Many (a retention run): the rows in scope.
  const audits = scope.auditOf
    ? db
        .prepare<[], AuditText>(
          "SELECT id, entity, entity_id, before, after FROM audit_log WHERE entity = 'loan'",
        )
        .all()
        .filter((r) => scope.auditOf?.(r.entity, r.entity_id))
    : db
        .prepare<[typeof needles], AuditText>(
          `SELECT id, entity, entity_id, before, after FROM audit_log
           WHERE instr(coalesce(entity_id, '') || char(0) || coalesce(before, '') || char(0) || coalesce(after, ''), @card) > 0
              OR instr(coalesce(before, '') || char(0) || coalesce(after, ''), @name) > 0`,
        )
        .all(needles);
  const updateAudit = db.prepare('UPDATE audit_log SET entity_id = ?, before = ?, after = ? WHERE id = ?');
  let audit = 0;
  for (const row of audits) {
    const entityId = row.entity_id !== null && p.cards.has(row.entity_id) ? null : row.entity_id;
    const before = scrubJson(row.before, p);
    const after = scrubJson(row.after, p);
    if (entityId === row.entity_id && before === row.before && after === row.after) continue;
    updateAudit.run(entityId, before, after, row.id);
    audit++;
  }

  const stored =
    scope.requestsUntil !== undefined
      ? db
          .prepare<[string], RequestText>('SELECT request_id, input, result FROM requests WHERE at <= ?')
          .all(scope.requestsUntil)
      : db
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
