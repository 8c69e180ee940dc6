import type { In } from '../../../../../electron/shared';
import type { Purpose } from '../../../../../electron/shared/venues.types';
import { newRequestId } from '../../../lib/request-id';

/** A visitor's request as typed so far: kept as a draft, so a restart of the screen loses none of it. */
export interface RequestDraft {
  step: 'time' | 'form';
  date: string;
  start: string;
  end: string;
  title: string;
  purpose: Purpose | '';
  company: string;
  branch: string;
  contactName: string;
  contactPhone: string;
  headcount: string;
  notes: string;
  /** One per request, kept with the draft: a retry after a lost answer books once. */
  requestId: string;
}

/** A request not begun: on the time step, with a fresh requestId. */
export const blankRequest = (): RequestDraft => ({
  step: 'time',
  date: '',
  start: '',
  end: '',
  title: '',
  purpose: '',
  company: '',
  branch: '',
  contactName: '',
  contactPhone: '',
  headcount: '',
  notes: '',
  requestId: newRequestId(),
});

export type DraftProblems = Partial<Record<keyof RequestDraft, string>>;

/** What is missing or impossible before the request is sent, as keys of the area's namespace. */
export function draftProblems(d: RequestDraft, capacity: number): DraftProblems {
  const out: DraftProblems = {};
  for (const f of ['title', 'contactName', 'contactPhone'] as const)
    if (d[f].trim() === '') out[f] = 'form.required';
  if (d.purpose === '') out.purpose = 'form.required';
  if (d.company.trim() === '' && d.branch.trim() === '') out.company = 'form.organiserRequired';
  const n = Number(d.headcount);
  if (d.headcount.trim() === '') out.headcount = 'form.required';
  else if (!Number.isInteger(n) || n < 1) out.headcount = 'form.headcountWhole';
  else if (n > capacity) out.headcount = 'form.headcountOver';
  return out;
}

export function requestInput(venueId: number, d: RequestDraft): In<'bookings.request'> {
  return {
    venueId,
    start: `${d.date}T${d.start}`,
    end: `${d.date}T${d.end}`,
    title: d.title,
    purpose: d.purpose === '' ? 'other' : d.purpose,
    organiser: { company: d.company, branch: d.branch },
    contactName: d.contactName,
    contactPhone: d.contactPhone,
    headcount: Number(d.headcount),
    notes: d.notes,
    requestId: d.requestId,
  };
}
