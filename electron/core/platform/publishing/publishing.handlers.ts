import type { Handlers } from '../../context';
import { DomainError } from '../../errors';
import type { Ctx } from '../../context';
import { history, kindNamed, reviewDetail, reviewQueue, statusOf } from './publishing.read';
import { publishingRepo } from './publishing.repo';
import {
  approve,
  archive,
  returnToAuthor,
  rollback,
  submit,
  unarchive,
  withdraw,
} from './publishing.service';

type PublishingMethods =
  | 'publishing.status'
  | 'publishing.submit'
  | 'publishing.withdraw'
  | 'publishing.archive'
  | 'publishing.unarchive'
  | 'publishing.history'
  | 'publishing.queue'
  | 'publishing.review'
  | 'publishing.approve'
  | 'publishing.return'
  | 'publishing.rollback'
  | 'review.submit'
  | 'review.approve'
  | 'review.return'
  | 'review.queue';

/** The submission waiting for a piece of content, for the `review.*` names. */
function waitingFor(ctx: Pick<Ctx, 'db' | 'app'>, kindName: string, contentId: number): number {
  const kind = kindNamed(ctx.app.features, kindName);
  const repo = publishingRepo(ctx.db);
  const item = repo.item(kind.kind, contentId);
  if (!item) throw new DomainError('not_found', 'Nothing of this kind is tracked here', { what: kindName });
  const waiting = repo.waiting(item.id);
  if (!waiting) {
    throw new DomainError('publishing_not_in_review', 'Nothing of this waits for review', {
      state: item.state,
    });
  }
  return waiting.id;
}

/** Each step is a declared write: one transaction with its audit entry, the screens told after it. */
export const publishingHandlers: Pick<Handlers, PublishingMethods> = {
  'publishing.status': ({ kind, contentId }, ctx) => {
    const k = kindNamed(ctx.app.features, kind);
    const item = publishingRepo(ctx.db).item(k.kind, contentId);
    if (!item) throw new DomainError('not_found', 'Nothing of this kind is tracked here', { what: kind });
    return statusOf(ctx.db, item);
  },
  'publishing.submit': ({ kind, contentId }, ctx) =>
    submit(ctx, kindNamed(ctx.app.features, kind), contentId),
  'publishing.withdraw': ({ kind, contentId }, ctx) =>
    withdraw(ctx, kindNamed(ctx.app.features, kind), contentId),
  'publishing.archive': ({ kind, contentId }, ctx) =>
    archive(ctx, kindNamed(ctx.app.features, kind), contentId),
  'publishing.unarchive': ({ kind, contentId }, ctx) =>
    unarchive(ctx, kindNamed(ctx.app.features, kind), contentId),
  'publishing.history': ({ kind, contentId }, ctx) => history(ctx, kind, contentId),

  'publishing.queue': ({ offset, limit }, ctx) => reviewQueue(ctx, offset, limit),
  'publishing.review': ({ versionId }, ctx) => reviewDetail(ctx, versionId),
  'publishing.approve': ({ versionId }, ctx) => approve(ctx, versionId),
  'publishing.return': ({ versionId, reason }, ctx) => returnToAuthor(ctx, versionId, reason),
  'publishing.rollback': ({ kind, contentId, version }, ctx) =>
    rollback(ctx, kindNamed(ctx.app.features, kind), contentId, version),

  'review.submit': ({ kind, id }, ctx) => submit(ctx, kindNamed(ctx.app.features, kind), id),
  'review.approve': ({ kind, id }, ctx) => approve(ctx, waitingFor(ctx, kind, id)),
  'review.return': ({ kind, id, reason }, ctx) => returnToAuthor(ctx, waitingFor(ctx, kind, id), reason),
  'review.queue': ({ offset, limit }, ctx) => reviewQueue(ctx, offset, limit),
};
