import type { In } from '../../../../../electron/shared';
import type { Equipment, Purpose, Venue } from '../../../../../electron/shared/venues.types';

/** A room as the form holds it: numbers as typed, each weekday's hours (null: closed). */
export interface RoomDraft {
  id: number | null;
  name: string;
  nameEn: string;
  floor: string;
  capacity: string;
  equipment: Equipment[];
  /** Sunday first, as `Date#getDay`. */
  hours: ({ opens: string; closes: string } | null)[];
  minMinutes: string;
  maxMinutes: string;
  maxDaysAhead: string;
  minNoticeHours: string;
  bufferMinutes: string;
  needsApproval: boolean;
  purposes: Purpose[];
  photos: string[];
}

export type RoomField =
  | 'name'
  | 'capacity'
  | 'minMinutes'
  | 'maxMinutes'
  | 'maxDaysAhead'
  | 'minNoticeHours'
  | 'bufferMinutes'
  | 'hours';
export type RoomProblems = Partial<Record<RoomField, string>>;

/** Monday to Friday 08:30–17:30, an hour to four, a month ahead, a day's notice, approval needed. */
export const blankRoom = (): RoomDraft => ({
  id: null,
  name: '',
  nameEn: '',
  floor: '',
  capacity: '',
  equipment: [],
  hours: [0, 1, 2, 3, 4, 5, 6].map((d) => (d >= 1 && d <= 5 ? { opens: '08:30', closes: '17:30' } : null)),
  minMinutes: '60',
  maxMinutes: '240',
  maxDaysAhead: '30',
  minNoticeHours: '24',
  bufferMinutes: '15',
  needsApproval: true,
  purposes: [],
  photos: [],
});

export function roomDraftOf(v: Venue): RoomDraft {
  return {
    id: v.id,
    name: v.name,
    nameEn: v.nameEn ?? '',
    floor: v.floor,
    capacity: String(v.capacity),
    equipment: [...v.equipment],
    hours: [0, 1, 2, 3, 4, 5, 6].map((d) => {
      const h = v.hours.find((x) => x.weekday === d);
      return h ? { opens: h.opens, closes: h.closes } : null;
    }),
    minMinutes: String(v.rules.minMinutes),
    maxMinutes: String(v.rules.maxMinutes),
    maxDaysAhead: String(v.rules.maxDaysAhead),
    minNoticeHours: String(v.rules.minNoticeMinutes / 60),
    bufferMinutes: String(v.rules.bufferMinutes),
    needsApproval: v.rules.needsApproval,
    purposes: [...v.rules.purposes],
    photos: [...v.photos],
  };
}

/** Half-hour times of a day, for the opening hours' choices. */
export const HALF_HOURS = Array.from(
  { length: 49 },
  (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
);

const whole = (s: string, min: number, max: number) => {
  const n = /^\d+$/.test(s.trim()) ? Number(s) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/**
 * The form's `venues.save` input, or what is wrong with it: message keys of the `venues`
 * namespace (`rooms.problems.*`), checked as core checks them, so a mistake is shown at its field.
 */
export function roomInput(d: RoomDraft): { input: In<'venues.save'> } | { problems: RoomProblems } {
  const problems: RoomProblems = {};
  const capacity = whole(d.capacity, 1, 10_000);
  const minMinutes = whole(d.minMinutes, 30, 1440);
  const maxMinutes = whole(d.maxMinutes, 30, 1440);
  const maxDaysAhead = whole(d.maxDaysAhead, 1, 366);
  const noticeHours = whole(d.minNoticeHours, 0, 720);
  const bufferMinutes = whole(d.bufferMinutes, 0, 240);
  if (d.name.trim() === '') problems.name = 'rooms.problems.name';
  if (capacity === null) problems.capacity = 'rooms.problems.capacity';
  if (minMinutes === null) problems.minMinutes = 'rooms.problems.length';
  if (maxMinutes === null) problems.maxMinutes = 'rooms.problems.length';
  else if (minMinutes !== null && maxMinutes < minMinutes) problems.maxMinutes = 'rooms.problems.maxBelowMin';
  if (maxDaysAhead === null) problems.maxDaysAhead = 'rooms.problems.daysAhead';
  if (noticeHours === null) problems.minNoticeHours = 'rooms.problems.notice';
  if (bufferMinutes === null) problems.bufferMinutes = 'rooms.problems.buffer';
  if (d.hours.some((h) => h !== null && h.opens >= h.closes)) problems.hours = 'rooms.problems.hours';
  if (
    Object.keys(problems).length > 0 ||
    capacity === null ||
    minMinutes === null ||
    maxMinutes === null ||
    maxDaysAhead === null ||
    noticeHours === null ||
    bufferMinutes === null
  )
    return { problems };
  return {
    input: {
      ...(d.id === null ? {} : { id: d.id }),
      name: d.name.trim(),
      nameEn: d.nameEn.trim() || null,
      floor: d.floor.trim(),
      capacity,
      equipment: d.equipment,
      photos: d.photos,
      hours: d.hours.flatMap((h, weekday) => (h ? [{ weekday, ...h }] : [])),
      rules: {
        minMinutes,
        maxMinutes,
        maxDaysAhead,
        minNoticeMinutes: noticeHours * 60,
        bufferMinutes,
        needsApproval: d.needsApproval,
        purposes: d.purposes,
      },
    },
  };
}
