import { z } from 'zod';
import { setting } from './contract';

/** 园区历史展's settings, edited in its own section of 系统设置. */
export const exhibitionsSettings = {
  /** The exhibitions the big-screen show (`#/show`) runs, in this order; none: the show says so. */
  'exhibitions.showIds': setting(z.array(z.number().int().positive()).max(50), []),
  /** How long the show keeps each photo on screen, in seconds (videos play to their end). */
  'exhibitions.showSeconds': setting(z.number().int().min(3).max(120), 12),
};
