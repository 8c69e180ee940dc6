import type { Feature } from '../../context';
import { borrowersHandlers } from './borrowers/borrowers.handlers';
import { catalogueHandlers } from './catalogue/catalogue.handlers';
import { readingListKind } from './catalogue/reading-list.kind';
import { readingListsHandlers } from './catalogue/reading-lists.handlers';
import { lendingHandlers } from './lending/lending.handlers';
import { m001Library } from './migrations/001-library';
import { m002VocabularyVersion } from './migrations/002-vocabulary-version';
import { m004ReadingListsPublished } from './migrations/004-reading-lists-published';
import { demoData } from './seed/demo-data';
import { seedLibrary } from './seed/library.seed';
import { selfserviceHandlers } from './selfservice/selfservice.handlers';
import { libraryCounters, libraryVocabulary, libraryVocabularyVersion } from './library.stats';

/** 红色书吧, the reading room: catalogue, search, lending. */
export const libraryFeature: Feature = {
  id: 'library',
  area: true,
  migrations: [m001Library, m002VocabularyVersion, m004ReadingListsPublished],
  handlers: {
    ...catalogueHandlers,
    ...readingListsHandlers,
    ...borrowersHandlers,
    ...lendingHandlers,
    ...selfserviceHandlers,
  },
  seed: (db, now) => seedLibrary(db, now, demoData),
  counters: libraryCounters,
  vocabulary: libraryVocabulary,
  vocabularyVersion: libraryVocabularyVersion,
  contentKinds: [readingListKind],
};
