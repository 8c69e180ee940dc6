import { libraryErrors } from '../../../shared/library.errors';
import { libraryOfficeApi } from '../../../shared/library-office.api';
import { libraryApi } from '../../../shared/library.api';
import { librarySettings } from '../../../shared/library.settings';
import type { Feature } from '../../context';
import { libraryOfficeHandlers } from '../library-office/library-office.handlers';
import { borrowersHandlers } from './borrowers/borrowers.handlers';
import { borrowersRepo } from './borrowers/borrowers.repo';
import { catalogueHandlers } from './catalogue/catalogue.handlers';
import { readingListKind } from './catalogue/reading-list.kind';
import { readingListsHandlers } from './catalogue/reading-lists.handlers';
import { lendingHandlers } from './lending/lending.handlers';
import { m001Library } from './migrations/001-library';
import { m003RequestsToPlatform } from './migrations/003-requests-to-platform';
import { m002VocabularyVersion } from './migrations/002-vocabulary-version';
import { m004ClosedDaysToCalendar } from './migrations/004-closed-days-to-calendar';
import { m005ReadingListsPublished } from './migrations/005-reading-lists-published';
import { m006BorrowerPins } from './migrations/006-borrower-pins';
import { m007BorrowerErasure } from './migrations/007-borrower-erasure';
import { demoData } from './seed/demo-data';
import { seedLibrary } from './seed/library.seed';
import { applyRetention } from './retention/retention';
import { selfserviceHandlers } from './selfservice/selfservice.handlers';
import { libraryLinks } from './library.links';
import {
  libraryCounters,
  libraryMediaRefs,
  libraryVocabulary,
  libraryVocabularyVersion,
} from './library.stats';

/** 红色书吧, the reading room: catalogue, search, lending, and its back office (imports, exports, stocktake). */
export const libraryFeature: Feature = {
  id: 'library',
  area: true,
  api: { ...libraryApi, ...libraryOfficeApi },
  errors: libraryErrors,
  settings: librarySettings,
  migrations: [
    m001Library,
    m002VocabularyVersion,
    m003RequestsToPlatform,
    m004ClosedDaysToCalendar,
    m005ReadingListsPublished,
    m006BorrowerPins,
    m007BorrowerErasure,
  ],
  handlers: {
    ...catalogueHandlers,
    ...readingListsHandlers,
    ...borrowersHandlers,
    ...lendingHandlers,
    ...selfserviceHandlers,
    ...libraryOfficeHandlers,
  },
  daily: applyRetention,
  seed: (db, now) => seedLibrary(db, now, demoData),
  counters: libraryCounters,
  links: libraryLinks,
  organisations: (db) => borrowersRepo(db).organisations(),
  vocabulary: libraryVocabulary,
  vocabularyVersion: libraryVocabularyVersion,
  mediaRefs: libraryMediaRefs,
  contentKinds: [readingListKind],
};
