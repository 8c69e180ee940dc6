import type { Feature } from '../context';
import { mediaFeature } from '../platform/media/media.feature';
import { platformFeature } from '../platform/platform.feature';
import { imeFeature } from './ime/ime.feature';
import { libraryFeature } from './library/library.feature';

/** Every feature of core, in home-screen order. Adding an area is one line here. */
export const FEATURES: readonly Feature[] = [platformFeature, libraryFeature, imeFeature, mediaFeature];
