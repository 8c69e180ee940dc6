import type { Feature } from '../context';
import { calendarFeature } from '../platform/calendar/calendar.feature';
import { signInFeature } from '../platform/auth/sign-in.feature';
import { mediaFeature } from '../platform/media/media.feature';
import { platformFeature } from '../platform/platform.feature';
import { imeFeature } from '../platform/ime/ime.feature';
import { libraryFeature } from './library/library.feature';

/**
 * Every feature of core, in home-screen order. Adding an area is one line here. The calendar comes
 * before the areas: its step 1 reads the library's old closed days, which the library's step 4 then
 * drops.
 */
export const FEATURES: readonly Feature[] = [
  platformFeature,
  calendarFeature,
  libraryFeature,
  imeFeature,
  mediaFeature,
  signInFeature,
];
