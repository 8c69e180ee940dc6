import type { Feature } from '../context';
import { mediaFeature } from '../platform/media/media.feature';
import { platformFeature } from '../platform/platform.feature';
import { publishingFeature } from '../platform/publishing/publishing.feature';
import { imeFeature } from './ime/ime.feature';
import { libraryFeature } from './library/library.feature';

/**
 * Every feature of core, in home-screen order. Adding an area is one line here. Publishing comes
 * before the areas: its migrations run first, so an area's migration can write to its tables.
 */
export const FEATURES: readonly Feature[] = [
  platformFeature,
  publishingFeature,
  libraryFeature,
  imeFeature,
  mediaFeature,
];
