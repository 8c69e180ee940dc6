import type { Feature } from '../context';
import { platformFeature } from '../platform/platform.feature';
import { publishingFeature } from '../platform/publishing/publishing.feature';
import { imeFeature } from './ime/ime.feature';
import { libraryOfficeFeature } from './library-office/library-office.feature';
import { libraryFeature } from './library/library.feature';

/**
 * Every feature of core, in home-screen order. Adding an area is one line here. The platform's
 * services come first: their migrations run before the areas' (which may write to their tables).
 */
export const FEATURES: readonly Feature[] = [
  platformFeature,
  publishingFeature,
  libraryFeature,
  libraryOfficeFeature,
  imeFeature,
];
