import type { Paged } from './platform.api';
import type { PublishingStatus } from './publishing.types';

/** The 22 top-level classes of the 中图法 (Chinese Library Classification). */
export const CLC_CLASSES = [
  'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K',
  'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'Z',
] as const; // prettier-ignore
export type ClcClass = (typeof CLC_CLASSES)[number];

/** 著, 主编, 编, 编著, 译, 绘, other. */
export const AUTHOR_ROLES = [
  'author',
  'chief_editor',
  'editor',
  'compiler',
  'translator',
  'illustrator',
  'other',
] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

export const COPY_STATUSES = [
  'available',
  'on_loan',
  'on_hold_shelf',
  'lost',
  'in_repair',
  'withdrawn',
] as const;
export type CopyStatus = (typeof COPY_STATUSES)[number];

export const BORROWER_TYPES = ['party_member', 'employee', 'resident', 'volunteer'] as const;
export type BorrowerType = (typeof BORROWER_TYPES)[number];

export const HOLD_STATUSES = ['waiting', 'ready', 'fulfilled', 'cancelled', 'expired'] as const;
export type HoldStatus = (typeof HOLD_STATUSES)[number];

// ---- small pure helpers shared by both sides ----

/** Full-width ASCII (ＡＢＣ１２３－) to half-width; the ideographic space to a space. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

function isbn13Check(d12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(d12[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

/**
 * An ISBN as typed or scanned (ISBN-10 or -13, hyphens, spaces, full-width digits, an `ISBN` prefix)
 * to its 13 digits; null when it is not a valid ISBN (checksum included).
 */
export function normaliseIsbn(raw: string): string | null {
  const s = toHalfWidth(raw)
    .toUpperCase()
    .replace(/^\s*ISBN(?:-1[03])?[:\s]*/, '')
    .replace(/[\s\-‐‑–—]/g, '');
  if (/^\d{9}[\dX]$/.test(s)) {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += (s[i] === 'X' ? 10 : Number(s[i])) * (10 - i);
    if (sum % 11 !== 0) return null;
    const d12 = `978${s.slice(0, 9)}`;
    return d12 + isbn13Check(d12);
  }
  if (/^97[89]\d{10}$/.test(s)) return isbn13Check(s.slice(0, 12)) === s[12] ? s : null;
  return null;
}

/** Masks a phone number for display: 13812341234 → 138****1234. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return `${phone.slice(0, 1)}****`;
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/**
 * A borrower's name as the self-service screen shows it, to whoever stands there: the first
 * character and one asterisk, whatever the length (张 → 张*, 张三丰 → 张*), so neither the given
 * name nor its length shows. A name with Latin letters keeps each word's first letter
 * (John Smith → J* S*). Characters, not UTF-16 units: 𠮷 (outside the BMP) stays whole.
 */
export function maskName(name: string): string {
  const trimmed = name.trim();
  const words = /[A-Za-z]/.test(trimmed) ? trimmed.split(/\s+/) : [trimmed];
  return words.map((w) => `${Array.from(w)[0] ?? ''}*`).join(' ');
}

// ---- domain types (outputs) ----

export interface Author {
  name: string;
  role: AuthorRole;
  nationality: string | null;
}

export interface Shelf {
  id: number;
  name: string;
  description: string | null;
  position: number;
  /** Titles with at least one copy on this shelf (withdrawn copies not counted). */
  titleCount: number;
}

/** A title as a row of a list. */
export interface TitleCard {
  id: number;
  isbn: string | null;
  title: string;
  subtitle: string | null;
  authors: Author[];
  publisher: string | null;
  year: number | null;
  clc: ClcClass | null;
  /** The cover photo's media id (`mediaUrl(cover, 'screen')`), or null for a generated cover. */
  cover: string | null;
  copiesIn: number;
  copiesTotal: number;
  loanCount: number;
}

export interface Title extends TitleCard {
  edition: string | null;
  pages: number | null;
  callNumber: string | null;
  summary: string | null;
  tags: string[];
  addedAt: string;
  updatedAt: string;
}

export interface Copy {
  id: number;
  titleId: number;
  barcode: string;
  shelfId: number | null;
  shelfName: string | null;
  status: CopyStatus;
  /** The due date of its open loan. */
  dueBack: string | null;
  note: string | null;
  addedAt: string;
}

export interface Availability {
  copiesIn: number;
  /** Copies not lost or withdrawn. */
  copiesTotal: number;
  /** The earliest due date among its copies on loan; null when none is out. */
  firstDueBack: string | null;
  /** Where an available copy stands (else where most copies stand). */
  shelf: { id: number; name: string } | null;
  holdsWaiting: number;
}

export interface TitleDetail extends Title {
  availability: Availability;
  copies: Copy[];
  readingLists: { id: number; name: string }[];
  /** Plain text for a QR code: the book's details, no web address (the centre is offline). */
  qr: string;
}

export type MatchReason = 'isbn' | 'barcode' | 'exact_title' | 'title_prefix' | 'title' | 'author' | 'other';

export interface SearchHit extends TitleCard {
  reason: MatchReason;
}

export interface SearchResult extends Paged<SearchHit> {
  /** The query as searched: folded to Simplified, half-width, lower case. */
  folded: string;
  /** Counting stops at 1,000: true when there are more than `total` results ("1000+"). */
  capped: boolean;
}

export interface Suggestion {
  /** A query to offer instead ("did you mean …"). */
  text: string;
  hits: number;
}

export interface ShelfPage extends Paged<TitleCard> {
  shelf: Shelf;
}

export interface ReadingList {
  id: number;
  name: string;
  description: string | null;
  position: number;
  titleCount: number;
}

export interface ReadingListPage extends Paged<TitleCard> {
  list: ReadingList;
}

/** A reading list as the librarian edits it: the draft, and where it stands in review. */
export interface DeskReadingList extends ReadingList {
  /** Null only for a list no save has touched since publishing came (treated as a new draft). */
  publishing: PublishingStatus | null;
}

export interface DeskReadingListDetail extends DeskReadingList {
  titles: { id: number; title: string }[];
}

/** The content kind of reading lists in review before publish. */
export const READING_LIST_KIND = 'library.readingList';

export interface LoanRule {
  borrowerType: BorrowerType;
  days: number;
  maxItems: number;
  renewals: number;
  blockWhenOverdue: boolean;
}

export interface Borrower {
  id: number;
  cardNo: string;
  name: string;
  /** Always masked: 138****1234. */
  phone: string | null;
  company: string | null;
  partyBranch: string | null;
  type: BorrowerType;
  active: boolean;
  note: string | null;
  createdAt: string;
  openLoans: number;
  overdueLoans: number;
  /** The borrower has a self-service PIN (never the PIN or its hash). */
  hasPin: boolean;
}

/** What `borrowers.erase` did; it names no one. */
export interface ErasedBorrower {
  id: number;
  /** Past loans kept, anonymous, so the statistics stay as they were. */
  loansKept: number;
  holdsCancelled: number;
  /** Audit entries and stored request answers that named the borrower, now without their name and card. */
  auditScrubbed: number;
  requestsScrubbed: number;
}

export interface BorrowerRef {
  id: number;
  cardNo: string;
  name: string;
}

export interface Loan {
  id: number;
  copyId: number;
  barcode: string;
  titleId: number;
  title: string;
  borrower: BorrowerRef;
  loanedAt: string;
  dueOn: string;
  renewals: number;
  returnedAt: string | null;
  closedAs: 'returned' | 'lost' | null;
  /** Days past due (0 when not overdue), counted to the return or to today. */
  overdueDays: number;
}

export interface Hold {
  id: number;
  titleId: number;
  title: string;
  borrower: BorrowerRef;
  status: HoldStatus;
  placedAt: string;
  /** A waiting hold lapses after this day. */
  expiresOn: string;
  /** 1 for the next in the queue; null unless waiting. */
  position: number | null;
  /** The copy put on the hold shelf, and until when it waits there. */
  copyBarcode: string | null;
  readyUntil: string | null;
}

export interface BorrowerStatus {
  borrower: Borrower;
  rule: LoanRule;
  loans: Loan[];
  limitLeft: number;
  blocked: 'inactive' | 'overdue' | null;
  /** Holds waiting for this borrower on the hold shelf. */
  readyHolds: Hold[];
}

export interface CheckoutLine {
  loan: Loan;
  /** The borrower's hold this loan fulfilled. */
  holdFulfilled: number | null;
  limitLeft: number;
}

export interface ReturnLine {
  loan: Loan;
  wasOverdue: boolean;
  /** Someone waits: put the copy on the hold shelf for them. */
  holdFor: { holdId: number; borrower: BorrowerRef; readyUntil: string } | null;
}

/** Self-service lines show nothing about other people. */
export interface SelfCheckoutLine {
  barcode: string;
  title: string;
  dueOn: string;
  limitLeft: number;
}

export interface SelfReturnLine {
  barcode: string;
  title: string;
  wasOverdue: boolean;
  /** Leave the book at the desk: someone has reserved it. */
  toHoldShelf: boolean;
}

export interface SelfServiceInfo {
  enabled: boolean;
  /** Every borrower must give a PIN (setting `library.selfServicePin`); otherwise only those who set one. */
  pinRequired: boolean;
}

export interface SelfServiceBorrower {
  /** Masked with {@link maskName}: 张*. Never a phone number. */
  name: string;
  /** A PIN was given and checked: only then are the loans listed (a card alone may be a stranger's). */
  pinChecked: boolean;
  /** The borrower's open loans, soonest due first; empty unless `pinChecked`. */
  loans: { barcode: string; title: string; dueOn: string; overdue: boolean }[];
  loanCount: number;
  overdueCount: number;
  limitLeft: number;
  blocked: 'inactive' | 'overdue' | null;
}
