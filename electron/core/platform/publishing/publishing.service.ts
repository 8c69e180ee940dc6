import { holdsRole } from '../../../shared';
import type { PublishingState, PublishingStatus } from '../../../shared/publishing.types';
import type { WriteCtx } from '../../context';
import type { ReadDb, WriteDb } from '../../db/database';
import { uuidv7 } from '../../db/uuid';
import { DomainError } from '../../errors';
import type { AuditRecord } from '../audit/audit.repo';
import { domainOf, type ContentKind } from './content-kind';
import { canonical, kindNamed, statusOf, waitingSubmission } from './publishing.read';
import { publishingRepo, type ItemRow } from './publishing.repo';
import { assertCan } from './publishing.rules';

/** What a step needs of the declared write it runs in (an area's save, or a `publishing.*` method). */
type Writer = Pick<WriteCtx, 'db' | 'staff' | 'now' | 'audit' | 'alsoChanged'>;

function ensureItem(db: WriteDb, kind: ContentKind, contentId: number, at: Date): ItemRow {
  const repo = publishingRepo(db);
  const found = repo.item(kind.kind, contentId);
  if (found) return found;
  const id = repo.insertItem({ uid: uuidv7(at.getTime()), kind: kind.kind, contentId, at: at.toISOString() });
  const item = repo.itemById(id);
  if (!item) throw new Error('Publishing item vanished');
  return item;
}

/** The draft as a checked payload; `publishing_incomplete` when it cannot be one. */
function snapshotOf(db: ReadDb, kind: ContentKind, contentId: number): string {
  const draft = kind.snapshot(db, contentId);
  if (draft === null) throw new DomainError('not_found', 'No such content', { what: kind.kind });
  const parsed = kind.schema.safeParse(draft);
  if (!parsed.success) {
    throw new DomainError('publishing_incomplete', 'The draft does not make a valid version', {
      kind: kind.kind,
      problem: 'invalid',
    });
  }
  return canonical(kind, parsed.data);
}

/** `published` when the draft is what visitors see (or would see on unarchiving), else `draft`. */
function settledState(
  db: ReadDb,
  kind: ContentKind,
  item: ItemRow,
  liveVersionId: number | null,
): PublishingState {
  if (liveVersionId === null) return 'draft';
  const draft = kind.snapshot(db, item.content_id);
  if (draft === null) return 'published';
  return canonical(kind, draft) === publishingRepo(db).payloadOf(liveVersionId) ? 'published' : 'draft';
}

/** The author's side needs the role that edits the kind; archiving may also be a reviewer's call. */
function needRole(ctx: Writer, kind: ContentKind, alsoReviewer: boolean): void {
  const roles = ctx.staff?.roles ?? [];
  const ok = holdsRole(roles, kind.editorRole) || (alsoReviewer && holdsRole(roles, 'reviewer'));
  if (!ok) throw new DomainError('forbidden', `This needs the ${kind.editorRole} role`);
}

function mustItem(db: ReadDb, kind: ContentKind, contentId: number): ItemRow {
  const item = publishingRepo(db).item(kind.kind, contentId);
  if (!item || kind.snapshot(db, contentId) === null) {
    throw new DomainError('not_found', 'No such content', { what: kind.kind });
  }
  return item;
}

/**
 * After a step: its audit entry (named, since an area's save may run `submit` too) and the
 * content's area told as well as the review queue.
 */
function moved(
  ctx: Writer,
  item: ItemRow,
  entry: Pick<AuditRecord, 'action'> & { after: Record<string, unknown> },
): PublishingStatus {
  const next = publishingRepo(ctx.db).itemById(item.id);
  if (!next) throw new Error('Publishing item vanished');
  ctx.audit({
    action: entry.action,
    entity: item.kind,
    entityId: item.content_id,
    before: { state: item.state },
    after: { state: next.state, ...entry.after },
  });
  changed(ctx, item.kind);
  return statusOf(ctx.db, next);
}

function changed(ctx: Writer, kind: string): void {
  ctx.alsoChanged(domainOf(kind));
  ctx.alsoChanged('publishing');
}

/**
 * An area saved its draft: call in the same transaction. Refused while a submission waits or the
 * content is archived, which rolls the area's save back with it.
 */
export function draftChanged(ctx: Writer, kind: ContentKind, contentId: number): PublishingStatus {
  const at = ctx.now();
  const item = ensureItem(ctx.db, kind, contentId, at);
  assertCan('edit', item.state);
  const state = settledState(ctx.db, kind, item, item.live_version_id);
  publishingRepo(ctx.db).setItem(item.id, {
    state,
    liveVersionId: item.live_version_id,
    at: at.toISOString(),
  });
  const next = publishingRepo(ctx.db).itemById(item.id);
  if (!next) throw new Error('Publishing item vanished');
  changed(ctx, item.kind);
  return statusOf(ctx.db, next);
}

/** Publishes the draft as it is, approved by the system: demo content and upgrades, never a person. */
export function publishAsIs(db: WriteDb, kind: ContentKind, contentId: number, at: Date): void {
  const repo = publishingRepo(db);
  const item = ensureItem(db, kind, contentId, at);
  const payload = snapshotOf(db, kind, contentId);
  const iso = at.toISOString();
  const title = kind.title(JSON.parse(payload));
  const id = repo.insertVersion({
    uid: uuidv7(at.getTime()),
    item,
    title,
    payload,
    submittedBy: null,
    at: iso,
  });
  repo.decide(id, { status: 'approved', by: null, at: iso, version: repo.nextNumber(item.id) });
  repo.setItem(item.id, { state: 'published', liveVersionId: id, at: iso });
  kind.liveChanged?.(db, contentId);
}

export function submit(ctx: Writer, kind: ContentKind, contentId: number): PublishingStatus {
  needRole(ctx, kind, false);
  const at = ctx.now();
  const payload = snapshotOf(ctx.db, kind, contentId);
  const item = ensureItem(ctx.db, kind, contentId, at);
  const repo = publishingRepo(ctx.db);
  // Judged by content, not by the stored state alone: a title renamed elsewhere changes the payload.
  const live = item.live_version_id === null ? undefined : repo.payloadOf(item.live_version_id);
  const editable = item.state === 'draft' || item.state === 'published';
  assertCan('submit', editable ? (live === payload ? 'published' : 'draft') : item.state);
  const parsed = kind.schema.parse(JSON.parse(payload));
  const problem = kind.validate(parsed);
  if (problem !== null) {
    throw new DomainError('publishing_incomplete', `Not ready for review: ${problem}`, {
      kind: kind.kind,
      problem,
    });
  }
  const iso = at.toISOString();
  const title = kind.title(parsed);
  repo.insertVersion({
    uid: uuidv7(at.getTime()),
    item,
    title,
    payload,
    submittedBy: ctx.staff?.id ?? null,
    at: iso,
  });
  repo.setItem(item.id, { state: 'in_review', liveVersionId: item.live_version_id, at: iso });
  return moved(ctx, item, { action: 'publishing.submit', after: { title } });
}

export function withdraw(ctx: Writer, kind: ContentKind, contentId: number): PublishingStatus {
  needRole(ctx, kind, false);
  const item = mustItem(ctx.db, kind, contentId);
  assertCan('withdraw', item.state);
  const repo = publishingRepo(ctx.db);
  const waiting = repo.waiting(item.id);
  if (!waiting) throw new Error('An item in review without a waiting submission');
  const at = ctx.now().toISOString();
  repo.decide(waiting.id, { status: 'withdrawn', by: ctx.staff?.id ?? null, at });
  const state = settledState(ctx.db, kind, item, item.live_version_id);
  repo.setItem(item.id, { state, liveVersionId: item.live_version_id, at });
  return moved(ctx, item, { action: 'publishing.withdraw', after: { title: waiting.title } });
}

/** The submission a reviewer decides on: still waiting, and not their own. */
function decidable(ctx: Writer, versionId: number) {
  const { v, item } = waitingSubmission(ctx.db, versionId);
  assertCan('approve', item.state);
  if (v.submitted_by !== null && v.submitted_by === ctx.staff?.id) {
    throw new DomainError('publishing_own_submission', 'Someone else must review your own submission');
  }
  return { v, item };
}

export function approve(ctx: Writer & Pick<WriteCtx, 'app'>, versionId: number): PublishingStatus {
  const { v, item } = decidable(ctx, versionId);
  const kind = kindNamed(ctx.app.features, v.kind);
  const repo = publishingRepo(ctx.db);
  const at = ctx.now().toISOString();
  const version = repo.nextNumber(item.id);
  repo.decide(v.id, { status: 'approved', by: ctx.staff?.id ?? null, at, version });
  repo.setItem(item.id, { state: settledState(ctx.db, kind, item, v.id), liveVersionId: v.id, at });
  kind.liveChanged?.(ctx.db, item.content_id);
  const before = item.live_version_id === null ? null : repo.version(item.live_version_id)?.version;
  return moved(ctx, item, {
    action: 'publishing.approve',
    after: { title: v.title, version, replaced: before ?? null },
  });
}

export function returnToAuthor(ctx: Writer, versionId: number, reason: string): PublishingStatus {
  const { v, item } = decidable(ctx, versionId);
  const repo = publishingRepo(ctx.db);
  const at = ctx.now().toISOString();
  repo.decide(v.id, { status: 'returned', by: ctx.staff?.id ?? null, at, reason });
  repo.setItem(item.id, { state: 'draft', liveVersionId: item.live_version_id, at });
  return moved(ctx, item, {
    action: 'publishing.return',
    after: { title: v.title, returnReason: reason },
  });
}

export function archive(ctx: Writer, kind: ContentKind, contentId: number): PublishingStatus {
  needRole(ctx, kind, true);
  const item = mustItem(ctx.db, kind, contentId);
  assertCan('archive', item.state);
  publishingRepo(ctx.db).setItem(item.id, {
    state: 'archived',
    liveVersionId: item.live_version_id,
    at: ctx.now().toISOString(),
  });
  kind.liveChanged?.(ctx.db, contentId);
  return moved(ctx, item, { action: 'publishing.archive', after: {} });
}

export function unarchive(ctx: Writer, kind: ContentKind, contentId: number): PublishingStatus {
  needRole(ctx, kind, true);
  const item = mustItem(ctx.db, kind, contentId);
  assertCan('unarchive', item.state);
  const state = settledState(ctx.db, kind, item, item.live_version_id);
  publishingRepo(ctx.db).setItem(item.id, {
    state,
    liveVersionId: item.live_version_id,
    at: ctx.now().toISOString(),
  });
  kind.liveChanged?.(ctx.db, contentId);
  return moved(ctx, item, { action: 'publishing.unarchive', after: {} });
}

/** Visitors see another approved version (an earlier one, or back again); the draft stays as it is. */
export function rollback(
  ctx: Writer,
  kind: ContentKind,
  contentId: number,
  version: number,
): PublishingStatus {
  const item = mustItem(ctx.db, kind, contentId);
  assertCan('rollback', item.state);
  const repo = publishingRepo(ctx.db);
  const target = repo.approvedNumber(item.id, version);
  if (!target || item.live_version_id === null || target.id === item.live_version_id) {
    throw new DomainError('publishing_no_version', `No other approved version ${version} to show`, {
      version,
    });
  }
  const from = repo.version(item.live_version_id)?.version ?? null;
  const at = ctx.now().toISOString();
  repo.setItem(item.id, { state: settledState(ctx.db, kind, item, target.id), liveVersionId: target.id, at });
  kind.liveChanged?.(ctx.db, contentId);
  return moved(ctx, item, { action: 'publishing.rollback', after: { version, replaced: from } });
}
