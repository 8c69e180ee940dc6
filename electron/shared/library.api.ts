import { z } from 'zod';
import { method } from './contract';
import { mediaId } from './media.api';
import {
  AUTHOR_ROLES,
  BORROWER_TYPES,
  CLC_CLASSES,
  normaliseIsbn,
  toHalfWidth,
  type Borrower,
  type BorrowerStatus,
  type CheckoutLine,
  type Copy,
  type DeskReadingList,
  type DeskReadingListDetail,
  type ErasedBorrower,
  type Hold,
  type Loan,
  type LoanRule,
  type ReadingList,
  type ReadingListPage,
  type ReturnLine,
  type SearchResult,
  type SelfCheckoutLine,
  type SelfReturnLine,
  type SelfServiceBorrower,
  type SelfServiceInfo,
  type Shelf,
  type ShelfPage,
  type Suggestion,
  type Title,
  type TitleCard,
  type TitleDetail,
} from './library.types';
import { page, pin, type Paged } from './platform.api';

export * from './library.types';

// ---- input schemas ----

export const text = (max: number) => z.string().trim().min(1).max(max);
export const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();
const id = z.number().int().positive();

/** Card numbers and barcodes as a scanner types them: trimmed, half-width, upper case. */
export const code = z
  .string()
  .max(40)
  .transform((s) => toHalfWidth(s).trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9._-]{0,31}$/, 'letters, digits, . _ -'));

/** A client-made id (a UUID) that makes a repeated call return the first result. */
export const requestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 letters, digits, - or _');

export const isbn = z
  .string()
  .max(40)
  .transform((s, ctx) => {
    if (s.trim() === '') return null;
    const n = normaliseIsbn(s);
    if (n === null) {
      ctx.addIssue({ code: 'custom', message: 'Not a valid ISBN' });
      return z.NEVER;
    }
    return n;
  });

/** A local calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date();

export const phone = z
  .string()
  .max(30)
  .transform((s) => toHalfWidth(s).replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\+?\d{5,20}$/, 'digits only'));

export const authorInput = z.object({
  name: text(60),
  role: z.enum(AUTHOR_ROLES).default('author'),
  /** The nationality prefix without brackets: 美 for 〔美〕. */
  nationality: z.string().trim().max(10).nullable().default(null),
});

/** Every editable field of a title; all optional so `titles.update` can send a part. */
const titleFields = {
  isbn: isbn.nullable().optional(),
  subtitle: optText(200),
  authors: z.array(authorInput).max(12).optional(),
  publisher: optText(100),
  year: z.number().int().min(1800).max(2100).nullable().optional(),
  edition: optText(40),
  pages: z.number().int().min(1).max(100_000).nullable().optional(),
  clc: z.enum(CLC_CLASSES).nullable().optional(),
  callNumber: optText(60),
  summary: optText(4000),
  tags: z.array(text(20)).max(20).optional(),
  /** A picture of the media store (its id), shown as the cover. */
  cover: mediaId.nullable().optional(),
};

const borrowerFields = {
  name: text(40),
  phone: phone.nullable().optional(),
  company: optText(80),
  partyBranch: optText(80),
  type: z.enum(BORROWER_TYPES),
  note: optText(200),
};

const sortOrder = z.enum(['pinyin', 'popular']).default('pinyin');

// ---- the methods ----

const visitor = 'visitor' as const;
const librarian = 'librarian' as const;

export const libraryApi = {
  'catalogue.search': method<SearchResult>()({
    role: visitor,
    input: page.extend({ q: z.string().max(100), limit: z.number().int().min(1).max(500).default(20) }),
  }),
  'catalogue.suggest': method<Suggestion[]>()({ role: visitor, input: z.object({ q: z.string().max(100) }) }),
  'catalogue.getTitle': method<TitleDetail>()({ role: visitor, input: z.object({ id }) }),
  'catalogue.shelves': method<Shelf[]>()({ role: visitor, input: z.object({}) }),
  'catalogue.shelf': method<ShelfPage>()({ role: visitor, input: page.extend({ id, sort: sortOrder }) }),
  'catalogue.newArrivals': method<Paged<TitleCard>>()({ role: visitor, input: page }),
  'catalogue.popular': method<Paged<TitleCard>>()({ role: visitor, input: page }),
  'catalogue.readingLists': method<ReadingList[]>()({ role: visitor, input: z.object({}) }),
  'catalogue.readingList': method<ReadingListPage>()({
    role: visitor,
    input: page.extend({ id, sort: z.enum(['pinyin', 'popular']).optional() }),
  }),

  'titles.create': method<Title>()({
    writes: { domain: 'library' },
    role: librarian,
    input: z.object({ ...titleFields, title: text(200) }),
  }),
  'titles.update': method<Title>()({
    writes: { domain: 'library' },
    role: librarian,
    input: z.object({ ...titleFields, id, title: text(200).optional() }),
  }),

  /** One copy with its open loan and hold, for the desk and the catalogue (librarian). */
  'copies.get': method<{ copy: Copy; title: TitleCard; loan: Loan | null; hold: Hold | null }>()({
    writes: { audit: false },
    role: librarian,
    input: z.object({ barcode: code }),
  }),
  'copies.list': method<Copy[]>()({ role: librarian, input: z.object({ titleId: id }) }),
  /** A barcode is made (HY000123) when none is given. */
  'copies.add': method<Copy>()({
    writes: { domain: 'library' },
    role: librarian,
    input: z.object({ titleId: id, barcode: code.optional(), shelfId: id.nullable(), note: optText(200) }),
  }),
  'copies.move': method<{ moved: number }>()({
    writes: { domain: 'library' },
    role: librarian,
    input: z.object({ barcodes: z.array(code).min(1).max(500), shelfId: id }),
  }),
  /** Refused while on loan (`copy_on_loan`); a hold waiting for it on the hold shelf waits again. */
  'copies.withdraw': method<Copy>()({
    writes: { domain: 'library' },
    role: librarian,
    input: z.object({ barcode: code, note: optText(200) }),
  }),
  /** `lost` also closes an open loan as lost; other changes are refused while on loan. */
  'copies.setStatus': method<Copy>()({
    writes: { domain: 'library' },
    role: librarian,
    input: z.object({ barcode: code, status: z.enum(['available', 'lost', 'in_repair']) }),
  }),

  'shelves.create': method<Shelf>()({
    writes: { domain: 'library' },
    role: librarian,
    input: z.object({ name: text(40), description: optText(200), position: z.number().int().optional() }),
  }),
  'shelves.update': method<Shelf>()({
    writes: { domain: 'library' },
    role: librarian,
    input: z.object({
      id,
      name: text(40).optional(),
      description: optText(200),
      position: z.number().int().optional(),
    }),
  }),

  /** Puts every shelf in the given order in one step (the ids of all shelves, each once). */
  'shelves.reorder': method<Shelf[]>()({
    role: librarian,
    writes: { domain: 'library' },
    input: z.object({ ids: z.array(id).min(1).max(500) }),
  }),

  /** Every list's draft with where it stands in review (visitors read `catalogue.readingLists`). */
  'readingLists.list': method<DeskReadingList[]>()({ role: librarian, input: z.object({}) }),
  'readingLists.get': method<DeskReadingListDetail>()({ role: librarian, input: z.object({ id }) }),
  /**
   * Creates (no id) or replaces a list's draft with its titles in order; visitors see it once a
   * reviewer approves. `submit` sends it for review in the same step. Refused while in review.
   */
  'readingLists.save': method<DeskReadingList>()({
    writes: { domain: 'library' },
    role: librarian,
    input: z.object({
      id: id.optional(),
      name: text(40),
      description: optText(400),
      position: z.number().int().optional(),
      titleIds: z.array(id).max(500),
      submit: z.boolean().default(false),
    }),
  }),

  'borrowers.create': method<Borrower>()({
    writes: { domain: 'library' },
    role: librarian,
    input: z.object({ ...borrowerFields, cardNo: code }),
  }),
  'borrowers.update': method<Borrower>()({
    writes: { domain: 'library' },
    role: librarian,
    input: z.object({
      id,
      cardNo: code.optional(),
      name: text(40).optional(),
      phone: borrowerFields.phone,
      company: optText(80),
      partyBranch: optText(80),
      type: z.enum(BORROWER_TYPES).optional(),
      note: optText(200),
      active: z.boolean().optional(),
    }),
  }),
  'borrowers.get': method<Borrower>()({ role: librarian, input: z.object({ id }) }),
  'borrowers.find': method<Borrower>()({ role: librarian, input: z.object({ cardNo: code }) }),
  /** Sorted by pinyin of the name; `q` matches card number, name, company or party branch. */
  'borrowers.list': method<Paged<Borrower>>()({
    role: librarian,
    input: page.extend({ q: z.string().trim().max(40).optional() }),
  }),

  'lending.borrowerStatus': method<BorrowerStatus>()({
    writes: { audit: false },
    role: librarian,
    input: z.object({ cardNo: code }),
  }),
  'lending.checkout': method<CheckoutLine>()({
    writes: { domain: 'library', idempotent: true },
    role: librarian,
    input: z.object({ cardNo: code, barcode: code, requestId }),
  }),
  'lending.return': method<ReturnLine>()({
    writes: { domain: 'library', idempotent: true },
    role: librarian,
    input: z.object({ barcode: code, requestId }),
  }),
  'lending.renew': method<Loan>()({
    writes: { domain: 'library', idempotent: true },
    role: librarian,
    input: z.object({ barcode: code, requestId }),
  }),
  /** Open loans, soonest due first. */
  'lending.loans': method<Paged<Loan>>()({
    role: librarian,
    input: page.extend({ cardNo: code.optional(), overdueOnly: z.boolean().default(false) }),
  }),

  /** Refused when a copy is in (`conflict`) or the borrower already waits for it (`duplicate`). */
  'holds.place': method<Hold>()({
    writes: { domain: 'library' },
    role: librarian,
    input: z.object({ cardNo: code, titleId: id, expiresOn: isoDate.optional() }),
  }),
  'holds.cancel': method<Hold>()({ writes: { domain: 'library' }, role: librarian, input: z.object({ id }) }),
  /** Active holds (waiting and ready), oldest first; of one title or one borrower when given. */
  'holds.list': method<Paged<Hold>>()({
    writes: { audit: false },
    role: librarian,
    input: page.extend({ titleId: id.optional(), cardNo: code.optional() }),
  }),

  'loanRules.list': method<LoanRule[]>()({ role: librarian, input: z.object({}) }),
  'loanRules.update': method<LoanRule>()({
    writes: { domain: 'library' },
    role: librarian,
    input: z.object({
      borrowerType: z.enum(BORROWER_TYPES),
      days: z.number().int().min(1).max(365).optional(),
      maxItems: z.number().int().min(0).max(100).optional(),
      renewals: z.number().int().min(0).max(10).optional(),
      blockWhenOverdue: z.boolean().optional(),
    }),
  }),

  /** Sets or replaces a borrower's self-service PIN (stored as a scrypt hash); unlocks the card. */
  'borrowers.setPin': method<Borrower>()({
    writes: { domain: 'library', secret: ['pin'] },
    role: librarian,
    input: z.object({ id, pin }),
  }),
  /**
   * Erases a borrower on their request (PIPL): their personal data goes, their past loans stay as an
   * anonymous reader's so the statistics do not change. The admin's: it cannot be undone and it
   * rewrites the audit log, which only the admin reads. Refused while books are out.
   */
  'borrowers.erase': method<ErasedBorrower>()({
    writes: { domain: 'library' },
    role: 'admin',
    input: z.object({ id }),
  }),
  /** Takes a borrower's self-service PIN away (a forgotten PIN): unlocks the card. */
  'borrowers.clearPin': method<Borrower>()({
    writes: { domain: 'library' },
    role: librarian,
    input: z.object({ id }),
  }),

  /**
   * Self-service at the kiosk (setting `library.selfService`); each refuses with `self_service_off`
   * when off. A card needs its PIN when the borrower set one, and always under `library.selfServicePin`:
   * without it `pin_required`; a wrong one `wrong_pin`, five in a row `account_locked` (as staff PINs).
   * Returns are of the card's own loans only.
   */
  'selfservice.info': method<SelfServiceInfo>()({ role: visitor, input: z.object({}) }),
  'selfservice.borrower': method<SelfServiceBorrower>()({
    role: visitor,
    input: z.object({ cardNo: code, pin: pin.optional() }),
  }),
  'selfservice.checkout': method<SelfCheckoutLine>()({
    writes: { domain: 'library', idempotent: true, secret: ['pin'] },
    role: visitor,
    input: z.object({ cardNo: code, pin: pin.optional(), barcode: code, requestId }),
  }),
  'selfservice.return': method<SelfReturnLine>()({
    writes: { domain: 'library', idempotent: true, secret: ['pin'] },
    role: visitor,
    input: z.object({ cardNo: code, pin: pin.optional(), barcode: code, requestId }),
  }),
};
