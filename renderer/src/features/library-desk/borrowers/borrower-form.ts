import type { Borrower, BorrowerType } from '../../../../../electron/shared/library.api';

export interface BorrowerDraft {
  cardNo: string;
  name: string;
  /** Typed anew: the API only ever shows a phone number masked, so an edit cannot start from it. */
  phone: string;
  clearPhone: boolean;
  company: string;
  partyBranch: string;
  type: BorrowerType;
  note: string;
  active: boolean;
}

export const EMPTY_BORROWER: BorrowerDraft = {
  cardNo: '',
  name: '',
  phone: '',
  clearPhone: false,
  company: '',
  partyBranch: '',
  type: 'employee',
  note: '',
  active: true,
};

export function borrowerDraftOf(b: Borrower): BorrowerDraft {
  return {
    cardNo: b.cardNo,
    name: b.name,
    phone: '',
    clearPhone: false,
    company: b.company ?? '',
    partyBranch: b.partyBranch ?? '',
    type: b.type,
    note: b.note ?? '',
    active: b.active,
  };
}

/** The fields `borrowers.create` / `borrowers.update` take; an empty phone keeps the one on file. */
export function borrowerInputOf(d: BorrowerDraft) {
  const phone = d.clearPhone ? { phone: null } : d.phone.trim() === '' ? {} : { phone: d.phone.trim() };
  return {
    cardNo: d.cardNo.trim(),
    name: d.name.trim(),
    ...phone,
    company: d.company,
    partyBranch: d.partyBranch,
    type: d.type,
    note: d.note,
  };
}
