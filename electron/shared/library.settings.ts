import { z } from 'zod';
import { setting } from './contract';

/** The reading room's settings, edited in its own section of 系统设置. */
export const librarySettings = {
  'library.selfService': setting(z.boolean(), false),
};
