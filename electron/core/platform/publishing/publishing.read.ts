import { holdsRole } from '../../../shared';
import type {
  PublishedVersion,
  PublishingStatus,
  ReviewDetail,
  ReviewQueueItem,
} from '../../../shared/publishing.types';
import type { Ctx, Feature } from '../../context';
import type { Db } from '../../db/database';
import { DomainError } from '../../errors';
import type { ContentKind } from './content-kind';
import { publishingRepo, type ItemRow, type LiveRow, type VersionView } from './publishing.repo';

/** The kind registered under this name by one of the running features. */
export function kindNamed(features: readonly Feature[], kind: string): ContentKind {
  const found = features.flatMap((f) => f.contentKinds ?? []).find((k) => k.kind === kind);
  if (!found) throw new DomainError('not_found', `No content kind ${kind}`, { what: 'contentKind' });
  return found;
}

/** A stored payload, checked against the kind's schema (a payload that fails it is a bug, not a refusal). */
export function parsePayload<P>(kind: ContentKind<P>, json: string): P {
  return kind.schema.parse(JSON.parse(json));
}

/** The payload as stored: the schema's output as JSON, so equal drafts give equal text. */
export function canonical<P>(kind: ContentKind<P>, payload: P): string {
  return JSON.stringify(kind.schema.parse(payload));
}

/** Where an item stands, as the author's editor shows it. */
export function statusOf(db: Db, item: ItemRow): PublishingStatus {
  const repo = publishingRepo(db);
  const live = item.live_version_id === null ? undefined : repo.version(item.live_version_id);
  const latest = repo.latest(item.id);
  const waiting = item.state === 'in_review' ? repo.waiting(item.id) : undefined;
  return {
    itemId: item.id,
    kind: item.kind,
    contentId: item.content_id,
    state: item.state,
    liveVersion: live?.version ?? null,
    pending: waiting
      ? { versionId: waiting.id, submittedBy: waiting.submitter, submittedAt: waiting.submitted_at }
      : null,
    returned:
      item.state === 'draft' && latest?.status === 'returned'
        ? { reason: latest.reason ?? '', by: latest.decider, at: latest.decided_at ?? latest.submitted_at }
        : null,
    updatedAt: item.updated_at,
  };
}

/** Every tracked item of a kind by content id, for an area's list of drafts. */
export function statusesOf(db: Db, kind: string): Map<number, PublishingStatus> {
  return new Map(
    publishingRepo(db)
      .items(kind)
      .map((item) => [item.content_id, statusOf(db, item)]),
  );
}

export interface LiveContent<P> {
  contentId: number;
  version: number;
  payload: P;
}

/**
 * Parsed live payloads by version id, per connection: a version never changes once stored, so
 * visitors' screens, which read every live version of a kind on each call (an exhibition of a
 * thousand exhibits), parse it once. Only on read-only connections: on the writable one a
 * version read inside a transaction that then rolls back could leave its id to another version
 * (rowids are reused). A restore opens new connections and so starts afresh. The payloads are
 * shared: callers build their answers from them and never change them.
 */
const parsedVersions = new WeakMap<Db, Map<number, unknown>>();
const PARSED_KEPT = 500;

function liveContent<P>(db: Db, kind: ContentKind<P>, r: LiveRow): LiveContent<P> {
  if (!db.readonly)
    return { contentId: r.content_id, version: r.version, payload: parsePayload(kind, r.payload) };
  let cache = parsedVersions.get(db);
  if (!cache) parsedVersions.set(db, (cache = new Map<number, unknown>()));
  let payload = cache.get(r.version_id) as P | undefined;
  if (payload === undefined) {
    payload = parsePayload(kind, r.payload);
    if (cache.size >= PARSED_KEPT) cache.clear();
    cache.set(r.version_id, payload);
  }
  return { contentId: r.content_id, version: r.version, payload };
}

/** What visitors may see of a kind: the live version of every item that is not archived. */
export function liveVersions<P>(db: Db, kind: ContentKind<P>): LiveContent<P>[] {
  return publishingRepo(db)
    .live(kind.kind)
    .map((r) => liveContent(db, kind, r));
}

/** What visitors may see of one piece of content, or null (never approved, or archived). */
export function liveVersion<P>(db: Db, kind: ContentKind<P>, contentId: number): LiveContent<P> | null {
  const r = publishingRepo(db).liveOne(kind.kind, contentId);
  return r ? liveContent(db, kind, r) : null;
}

/**
 * Every payload of a kind that visitors may see now or after a rollback, or that waits for review:
 * what an area must keep (the files its versions show) even when its draft no longer uses it.
 */
export function keptPayloads<P>(db: Db, kind: ContentKind<P>): P[] {
  return publishingRepo(db)
    .kept(kind.kind)
    .map((json) => parsePayload(kind, json));
}

function queueItem(ctx: Ctx, v: VersionView, item: ItemRow, liveVersion: number | null): ReviewQueueItem {
  return {
    versionId: v.id,
    itemId: item.id,
    kind: v.kind,
    contentId: v.content_id,
    title: v.title,
    submittedBy: v.submitter,
    submittedAt: v.submitted_at,
    liveVersion,
    own: v.submitted_by !== null && v.submitted_by === ctx.staff?.id,
  };
}

function liveNumber(db: Db, item: ItemRow): number | null {
  return item.live_version_id === null
    ? null
    : (publishingRepo(db).version(item.live_version_id)?.version ?? null);
}

export function reviewQueue(ctx: Ctx, offset: number, limit: number) {
  const repo = publishingRepo(ctx.db);
  const { rows, total } = repo.queue(offset, limit);
  return {
    rows: rows.flatMap((v) => {
      const item = repo.itemById(v.item_id);
      return item ? [queueItem(ctx, v, item, liveNumber(ctx.db, item))] : [];
    }),
    total,
    offset,
    limit,
  };
}

/** A submission still waiting for a reviewer, with its item; refused when gone or already decided. */
export function waitingSubmission(db: Db, versionId: number) {
  const repo = publishingRepo(db);
  const v = repo.version(versionId);
  const item = v && repo.itemById(v.item_id);
  if (!v || !item) throw new DomainError('not_found', 'No such submission', { what: 'submission' });
  if (v.status !== 'in_review') {
    throw new DomainError('publishing_not_in_review', 'This submission is no longer waiting', {
      state: item.state,
    });
  }
  return { v, item };
}

export function reviewDetail(ctx: Ctx, versionId: number): ReviewDetail {
  const repo = publishingRepo(ctx.db);
  const { v, item } = waitingSubmission(ctx.db, versionId);
  const kind = kindNamed(ctx.app.features, v.kind);
  const live = item.live_version_id === null ? undefined : repo.payloadOf(item.live_version_id);
  return {
    ...queueItem(ctx, v, item, liveNumber(ctx.db, item)),
    proposed: kind.present(parsePayload(kind, v.payload)),
    current: live === undefined ? null : kind.present(parsePayload(kind, live)),
  };
}

/** Approved versions, newest first: for the author, who edits the kind, and for reviewers. */
export function history(ctx: Ctx, kindName: string, contentId: number): PublishedVersion[] {
  const kind = kindNamed(ctx.app.features, kindName);
  const roles = ctx.staff?.roles ?? [];
  if (!holdsRole(roles, kind.editorRole) && !holdsRole(roles, 'reviewer')) {
    throw new DomainError('forbidden', `This needs the ${kind.editorRole} or reviewer role`);
  }
  const repo = publishingRepo(ctx.db);
  const item = repo.item(kind.kind, contentId);
  if (!item) return [];
  return repo.approved(item.id).map((v) => ({
    versionId: v.id,
    uid: v.uid,
    version: v.version ?? 0,
    title: v.title,
    submittedBy: v.submitter,
    submittedAt: v.submitted_at,
    approvedBy: v.decider,
    approvedAt: v.decided_at ?? v.submitted_at,
    live: v.id === item.live_version_id,
  }));
}
