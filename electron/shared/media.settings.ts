import { z } from 'zod';
import { setting } from './contract';

/** The media store's limits, edited with the platform's settings. */
export const mediaSettings = {
  /** The largest picture an upload may be, in MB (the file as sent, before its variants are made). */
  'media.maxImageMB': setting(z.number().int().min(1).max(200), 20),
  /** The largest video or sound file, in MB. */
  'media.maxVideoMB': setting(z.number().int().min(1).max(4096), 500),
};
