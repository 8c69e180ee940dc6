import { calendarApi } from '../../../shared/calendar.api';
import type { Feature } from '../../context';
import { calendarHandlers } from './calendar.handlers';
import { seedCalendar } from './calendar.seed';
import { m001Calendar } from './migrations/001-calendar';

/**
 * The centre's calendar, a platform service every area reads (`isOpen`, `nextOpenDay` in
 * calendar.service.ts). Registered before the areas: its step 1 takes over the reading room's
 * closed days before the library's step 4 drops their old table.
 */
export const calendarFeature: Feature = {
  id: 'calendar',
  area: false,
  api: calendarApi,
  migrations: [m001Calendar],
  handlers: calendarHandlers,
  seed: seedCalendar,
};
