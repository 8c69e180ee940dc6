import type { ComponentType } from 'react';
import type { AreaModule } from '../registry';
import { BookArt } from './BookArt';
import { libraryPaths } from './library-paths';
import { BookshelfIcon } from './library-icons';

/** A route's screen, loaded when first opened. */
function screen<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async () => ({ Component: pick(await load()) });
}

/** 红色书吧, the reading room: visitors browse, search and (when switched on) borrow; librarians work at the desk. */
export const libraryArea: AreaModule = {
  id: 'library',
  namespace: 'library',
  tile: { titleKey: 'tile.title', subtitleKey: 'tile.subtitle', Icon: BookshelfIcon },
  routes: [
    {
      lazy: screen(
        () => import('./LibraryLayout'),
        (m) => m.LibraryLayout,
      ),
      children: [
        {
          index: true,
          lazy: screen(
            () => import('./home/LibraryHome'),
            (m) => m.LibraryHome,
          ),
        },
        {
          path: 'search',
          lazy: screen(
            () => import('./search/SearchScreen'),
            (m) => m.SearchScreen,
          ),
        },
        {
          path: 'shelves/:shelfId',
          lazy: screen(
            () => import('./lists/ShelfScreen'),
            (m) => m.ShelfScreen,
          ),
        },
        {
          path: 'new',
          lazy: screen(
            () => import('./lists/NewArrivalsScreen'),
            (m) => m.NewArrivalsScreen,
          ),
        },
        {
          path: 'popular',
          lazy: screen(
            () => import('./lists/PopularScreen'),
            (m) => m.PopularScreen,
          ),
        },
        {
          path: 'lists',
          lazy: screen(
            () => import('./lists/ReadingListsScreen'),
            (m) => m.ReadingListsScreen,
          ),
        },
        {
          path: 'lists/:listId',
          lazy: screen(
            () => import('./lists/ReadingListScreen'),
            (m) => m.ReadingListScreen,
          ),
        },
        {
          path: 'books/:titleId',
          lazy: screen(
            () => import('./book/BookScreen'),
            (m) => m.BookScreen,
          ),
        },
        {
          path: 'self-service',
          lazy: screen(
            () => import('./selfservice/SelfServiceScreen'),
            (m) => m.SelfServiceScreen,
          ),
        },
      ],
    },
  ],
  staffNamespaces: ['library-desk'],
  staffSections: [
    {
      id: 'desk',
      titleKey: 'staff.desk',
      role: 'librarian',
      lazy: () => import('../library-desk/DeskSection'),
    },
    {
      id: 'catalogue',
      titleKey: 'staff.catalogue',
      role: 'librarian',
      lazy: () => import('../library-desk/CatalogueSection'),
    },
    {
      id: 'borrowers',
      titleKey: 'staff.borrowers',
      role: 'librarian',
      lazy: () => import('../library-desk/BorrowersSection'),
    },
    {
      id: 'import',
      titleKey: 'staff.import',
      role: 'librarian',
      lazy: () => import('../library-desk/ImportSection'),
    },
    {
      id: 'overdue',
      titleKey: 'staff.overdue',
      role: 'librarian',
      lazy: () => import('../library-desk/OverdueSection'),
    },
    {
      id: 'stocktake',
      titleKey: 'staff.stocktake',
      role: 'librarian',
      lazy: () => import('../library-desk/StocktakeSection'),
    },
    {
      id: 'stats',
      titleKey: 'staff.stats',
      role: 'librarian',
      lazy: () => import('../library-desk/StatsSection'),
    },
  ],
  counterLabels: { 'library.readers': 'counters.readers', 'library.loans': 'counters.loans' },
  contentKinds: {
    'library.readingList': {
      nameKey: 'publishing.readingList',
      fieldKeys: {
        name: 'publishing.fields.name',
        description: 'publishing.fields.description',
        titles: 'publishing.fields.titles',
      },
    },
  },
  settings: [
    {
      key: 'library.selfService',
      kind: 'toggle',
      labelKey: 'settings.selfService',
      hintKey: 'settings.selfServiceHint',
    },
    {
      key: 'library.selfServicePin',
      kind: 'toggle',
      labelKey: 'settings.selfServicePin',
      hintKey: 'settings.selfServicePinHint',
    },
    {
      key: 'library.historyRetentionYears',
      kind: 'number',
      labelKey: 'settings.historyRetentionYears',
      hintKey: 'settings.historyRetentionYearsHint',
      maxLength: 2,
    },
  ],
  highlights: [{ id: 'reading', titleKey: 'highlight.title', textKey: 'highlight.text', Art: BookArt }],
  linkPath(kind, id) {
    const n = Number(id);
    if (!Number.isSafeInteger(n) || n <= 0) return null;
    switch (kind) {
      case 'shelf':
        return libraryPaths.shelf(n);
      case 'title':
        return libraryPaths.book(n);
      case 'readingList':
        return libraryPaths.readingList(n);
      default:
        return null;
    }
  },
};
