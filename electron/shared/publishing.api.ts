import { z } from 'zod';
import { method } from './contract';
import { page, type Paged } from './platform.api';
import {
  CONTENT_KIND_PATTERN,
  type PublishedVersion,
  type PublishingStatus,
  type ReviewDetail,
  type ReviewQueueItem,
} from './publishing.types';

export * from './publishing.types';

const id = z.number().int().positive();
const kind = z.string().max(60).regex(CONTENT_KIND_PATTERN, 'area.kind');
/** One piece of content of one kind: a reading list, an exhibition set. */
const content = z.object({ kind, contentId: id });
/** The same, as the `review.*` names take it: `{ kind, id }`, the id being the content's. */
const byId = z.object({ kind, id });
/**
 * Every step is one transaction with its audit entry; the review queue (`publishing`) and the
 * content's own area (named by the kind) refetch after it.
 */
const step = { domain: 'publishing' } as const;

/**
 * Review before publish, for every area's content (see `electron/core/platform/publishing`).
 * The author's side is open to staff and checked per kind (the role that edits it); deciding
 * needs the reviewer's right, and nobody decides on their own submission.
 */
export const publishingApi = {
  'publishing.status': method<PublishingStatus>()({ role: 'staff', input: content }),
  /** Snapshots the draft as a submission: refused when unchanged, incomplete or already waiting. */
  'publishing.submit': method<PublishingStatus>()({ role: 'staff', input: content, writes: step }),
  /** Takes a waiting submission back into the draft. */
  'publishing.withdraw': method<PublishingStatus>()({ role: 'staff', input: content, writes: step }),
  /** Hides the content from visitors; its versions are kept. */
  'publishing.archive': method<PublishingStatus>()({ role: 'staff', input: content, writes: step }),
  /** Shows the live version again (it was approved before). */
  'publishing.unarchive': method<PublishingStatus>()({ role: 'staff', input: content, writes: step }),
  /** Approved versions, newest first. */
  'publishing.history': method<PublishedVersion[]>()({ role: 'staff', input: content }),

  /** Submissions waiting for review, oldest first. */
  'publishing.queue': method<Paged<ReviewQueueItem>>()({ role: 'reviewer', input: page }),
  'publishing.review': method<ReviewDetail>()({ role: 'reviewer', input: z.object({ versionId: id }) }),
  /** Publishes the submission the reviewer looked at (`versionId`), not whatever waits now. */
  'publishing.approve': method<PublishingStatus>()({
    role: 'reviewer',
    input: z.object({ versionId: id }),
    writes: step,
  }),
  /** Back to the author as a draft, with the reason they will read. */
  'publishing.return': method<PublishingStatus>()({
    role: 'reviewer',
    input: z.object({ versionId: id, reason: z.string().trim().min(1).max(400) }),
    writes: step,
  }),
  /** Makes an earlier approved version the one visitors see. */
  'publishing.rollback': method<PublishingStatus>()({
    role: 'reviewer',
    input: content.extend({ version: id }),
    writes: step,
  }),

  // The names the areas' screens use (issue 9): thin entry points over the same steps, naming the
  // content by its id; approve and return act on the submission that waits for it.
  /** Submits the draft of `{ kind, id }` for review (as `publishing.submit`). */
  'review.submit': method<PublishingStatus>()({ role: 'staff', input: byId, writes: step }),
  /** Publishes the submission waiting for `{ kind, id }` (someone else's). */
  'review.approve': method<PublishingStatus>()({ role: 'reviewer', input: byId, writes: step }),
  /** Returns the submission waiting for `{ kind, id }` to its author with the reason. */
  'review.return': method<PublishingStatus>()({
    role: 'reviewer',
    input: byId.extend({ reason: z.string().trim().min(1).max(400) }),
    writes: step,
  }),
  /** Submissions waiting for review, oldest first (as `publishing.queue`). */
  'review.queue': method<Paged<ReviewQueueItem>>()({ role: 'reviewer', input: page }),
};
