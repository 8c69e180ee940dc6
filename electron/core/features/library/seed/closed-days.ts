/**
 * Public holidays the demo centre is closed on. 2026: the State Council's published schedule.
 * 2027: only the statutory days (the schedule with its swapped working days is published each
 * November); the librarian adjusts them on the closed-days screen.
 */
export const DEMO_CLOSED_DAYS: readonly (readonly [from: string, to: string, reason: string])[] = [
  ['2026-01-01', '2026-01-03', '元旦'],
  ['2026-02-15', '2026-02-23', '春节'],
  ['2026-04-04', '2026-04-06', '清明节'],
  ['2026-05-01', '2026-05-05', '劳动节'],
  ['2026-06-19', '2026-06-21', '端午节'],
  ['2026-09-25', '2026-09-27', '中秋节'],
  ['2026-10-01', '2026-10-07', '国庆节'],
  ['2027-01-01', '2027-01-01', '元旦'],
  ['2027-02-05', '2027-02-08', '春节'],
  ['2027-04-05', '2027-04-05', '清明节'],
  ['2027-05-01', '2027-05-02', '劳动节'],
  ['2027-06-09', '2027-06-09', '端午节'],
  ['2027-09-15', '2027-09-15', '中秋节'],
  ['2027-10-01', '2027-10-03', '国庆节'],
];
