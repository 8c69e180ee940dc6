import type { Feature } from '../context';
import { calendarFeature } from '../platform/calendar/calendar.feature';
import { signInFeature } from '../platform/auth/sign-in.feature';
import { devicesFeature } from '../platform/devices/devices.feature';
import { mediaFeature } from '../platform/media/media.feature';
import { platformFeature } from '../platform/platform.feature';
import { imeFeature } from '../platform/ime/ime.feature';
import { publishingFeature } from '../platform/publishing/publishing.feature';
import { exhibitionsFeature } from './exhibitions/exhibitions.feature';
import { libraryFeature } from './library/library.feature';
import { tourFeature } from './tour/tour.feature';
import { venuesFeature } from './venues/venues.feature';

/**
 * Every feature of core, in home-screen order. Adding an area is one line here. The platform's
 * services come before the areas, whose steps depend on theirs: the calendar's step 1 reads the
 * library's old closed days, which the library's step 4 then drops; publishing's tables are there
 * for the library's step 5 to bring older reading lists in.
 */
export const FEATURES: readonly Feature[] = [
  platformFeature,
  calendarFeature,
  publishingFeature,
  libraryFeature,
  imeFeature,
  mediaFeature,
  exhibitionsFeature,
  venuesFeature,
  tourFeature,
  signInFeature,
  devicesFeature,
];
