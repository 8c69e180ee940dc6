// No zod here: the renderer takes these values (states, the kind pattern) without building schemas.

/**
 * Where a piece of published content stands. `draft`: being edited (visitors see the live version,
 * if there is one); `in_review`: a submission waits for a reviewer; `published`: the draft is what
 * visitors see; `archived`: hidden from visitors, versions kept.
 */
export const PUBLISHING_STATES = ['draft', 'in_review', 'published', 'archived'] as const;
export type PublishingState = (typeof PUBLISHING_STATES)[number];

/** A content kind names its area and what it is: `library.readingList`, `exhibitions.set`. */
export const CONTENT_KIND_PATTERN = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)?$/;

/** Who did a step; `null` for the system (demo content, content published by an upgrade). */
export interface StaffRef {
  id: number;
  staffNo: string;
  name: string;
}

export interface PublishingStatus {
  itemId: number;
  kind: string;
  contentId: number;
  state: PublishingState;
  /** The version visitors see (none while archived, whatever this says), or null: never approved. */
  liveVersion: number | null;
  /** The submission waiting for review (state `in_review`). */
  pending: { versionId: number; submittedBy: StaffRef | null; submittedAt: string } | null;
  /** The last submission was returned: shown to the author until the next one. */
  returned: { reason: string; by: StaffRef | null; at: string } | null;
  updatedAt: string;
}

/**
 * One field of a version as a reviewer reads it, made by the kind from its payload. Its label is
 * the area's (the renderer's area module maps `field` to a text); `items` are compared by `key`.
 */
export interface PresentedField {
  field: string;
  text?: string | null;
  items?: { key: string; text: string }[];
}

/** One line of the review queue. */
export interface ReviewQueueItem {
  versionId: number;
  itemId: number;
  kind: string;
  contentId: number;
  title: string;
  submittedBy: StaffRef | null;
  submittedAt: string;
  /** The version visitors see now, or null: this would be the first. */
  liveVersion: number | null;
  /** Submitted by the reviewer asking: someone else must decide. */
  own: boolean;
}

/** A submission side by side with what visitors see now. */
export interface ReviewDetail extends ReviewQueueItem {
  proposed: PresentedField[];
  /** The live version's fields, or null when nothing is published yet. */
  current: PresentedField[] | null;
}

/** An approved version, for the history and rollback. */
export interface PublishedVersion {
  versionId: number;
  uid: string;
  version: number;
  title: string;
  submittedBy: StaffRef | null;
  submittedAt: string;
  approvedBy: StaffRef | null;
  approvedAt: string;
  /** The version visitors see (unless the content is archived). */
  live: boolean;
}
