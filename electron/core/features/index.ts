import type { Feature } from '../context';
import { platformFeature } from '../platform/platform.feature';

/** Every feature of core, in home-screen order. Adding an area is one line here. */
export const FEATURES: readonly Feature[] = [platformFeature];
