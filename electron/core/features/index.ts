import type { Feature } from '../context';
import { calendarFeature } from '../platform/calendar/calendar.feature';
import { platformFeature } from '../platform/platform.feature';
import { imeFeature } from './ime/ime.feature';
import { libraryOfficeFeature } from './library-office/library-office.feature';
import { libraryFeature } from './library/library.feature';

/**
 * Every feature of core, in home-screen order. Adding an area is one line here. Platform services
 * come first: their migrations run before the areas' (the calendar's step 1 reads the library's
 * old closed days, which the library's step 3 then drops).
 */
export const FEATURES: readonly Feature[] = [
  platformFeature,
  calendarFeature,
  libraryFeature,
  libraryOfficeFeature,
  imeFeature,
];
