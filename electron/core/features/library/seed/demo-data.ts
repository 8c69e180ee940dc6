import { demoBorrowers } from '../demo/borrowers';
import { demoReadingLists } from '../demo/reading-lists';
import { demoShelves } from '../demo/shelves';
import { demoTitles } from '../demo/titles';
import type { DemoData } from './library.seed';

/** The demo files, gathered for the seed. */
export const demoData: DemoData = {
  shelves: demoShelves,
  titles: demoTitles,
  readingLists: demoReadingLists,
  borrowers: demoBorrowers,
};
