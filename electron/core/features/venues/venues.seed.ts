import type { OpeningHours, Venue } from '../../../shared/venues.types';
import type { WriteDb } from '../../db/database';
import { venuesRepo } from './venues.repo';

const WEEKDAYS = [1, 2, 3, 4, 5];
const office = (opens: string, closes: string, days = WEEKDAYS): OpeningHours[] =>
  days.map((weekday) => ({ weekday, opens, closes }));

/** The five rooms of the demo centre, as the seeds' centres describe theirs. */
export const DEMO_VENUES: Omit<Venue, 'id' | 'photos'>[] = [
  {
    name: '多功能厅',
    nameEn: 'Multi-purpose hall',
    floor: '1F',
    capacity: 120,
    equipment: ['projector', 'microphones', 'screen', 'flag_wall'],
    hours: office('08:30', '21:00', [1, 2, 3, 4, 5, 6]),
    rules: {
      minMinutes: 60,
      maxMinutes: 480,
      maxDaysAhead: 90,
      minNoticeMinutes: 3 * 1440,
      bufferMinutes: 30,
      needsApproval: true,
      purposes: [],
    },
  },
  {
    name: '党员活动室',
    nameEn: 'Party members’ room',
    floor: '2F',
    capacity: 40,
    equipment: ['projector', 'screen', 'flag_wall', 'tea'],
    hours: office('08:30', '20:00'),
    rules: {
      minMinutes: 30,
      maxMinutes: 240,
      maxDaysAhead: 60,
      minNoticeMinutes: 1440,
      bufferMinutes: 15,
      needsApproval: true,
      purposes: [],
    },
  },
  {
    name: '会议室',
    nameEn: 'Meeting room',
    floor: '2F',
    capacity: 16,
    equipment: ['screen', 'tea'],
    hours: office('08:30', '18:00'),
    rules: {
      minMinutes: 30,
      maxMinutes: 240,
      maxDaysAhead: 30,
      minNoticeMinutes: 120,
      bufferMinutes: 15,
      needsApproval: false,
      purposes: [],
    },
  },
  {
    name: '创客空间',
    nameEn: 'Maker space',
    floor: '2F',
    capacity: 30,
    equipment: ['projector', 'microphones', 'screen'],
    hours: office('09:00', '21:00', [1, 2, 3, 4, 5, 6]),
    rules: {
      minMinutes: 60,
      maxMinutes: 300,
      maxDaysAhead: 60,
      minNoticeMinutes: 1440,
      bufferMinutes: 15,
      needsApproval: true,
      purposes: ['maker_salon', 'training', 'volunteer', 'other'],
    },
  },
  {
    name: '红色书吧阅读区',
    nameEn: 'Reading area of the red bookroom',
    floor: '1F',
    capacity: 25,
    equipment: ['microphones', 'flag_wall'],
    hours: office('09:00', '17:00', [1, 2, 3, 4, 5, 6]),
    rules: {
      minMinutes: 60,
      maxMinutes: 180,
      maxDaysAhead: 60,
      minNoticeMinutes: 1440,
      bufferMinutes: 15,
      needsApproval: true,
      purposes: ['theme_day', 'party_lecture', 'study_group', 'onsite_teaching', 'other'],
    },
  },
];

export function seedDemoVenues(db: WriteDb): void {
  const repo = venuesRepo(db);
  DEMO_VENUES.forEach((v, i) => repo.addVenue({ ...v, photos: [] }, i));
}
