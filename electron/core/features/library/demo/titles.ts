import { dangshiTitles } from './titles-dangshi';
import { otherTitles } from './titles-other';
import { period1Titles } from './titles-period-1';
import { period2Titles } from './titles-period-2';
import { period3Titles } from './titles-period-3';
import { period4Titles } from './titles-period-4';
import type { DemoTitle } from './demo-types';

/** About 300 real red-reading-room books, shelf by shelf in the order of shelves.ts. */
export const demoTitles: readonly DemoTitle[] = [
  ...dangshiTitles,
  ...period1Titles,
  ...period2Titles,
  ...period3Titles,
  ...period4Titles,
  ...otherTitles,
];
