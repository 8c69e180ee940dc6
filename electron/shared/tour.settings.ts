import { z } from 'zod';
import { setting } from './contract';

/** 3D 导览's settings, edited in its own section of 系统设置. */
export const tourSettings = {
  /**
   * The 3D view's self-test: frames slower than this (p95 over two seconds, ms) step its quality
   * down, and at the lowest give up 3D for the 2D plan. A centre whose kiosk is slow but whose
   * visitors like the 3D view can allow more.
   */
  'tour.slowFrameMs': setting(z.number().int().min(20).max(1000), 50),
};
