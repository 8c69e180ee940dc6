import type { Feature } from '../../context';
import { libraryOfficeHandlers } from './library-office.handlers';

/**
 * The reading room's back office: imports, exports, reminders, labels, stocktake, statistics.
 * No tables of its own: it reads and writes the library's, through the library's services.
 */
export const libraryOfficeFeature: Feature = {
  id: 'library-office',
  area: false,
  migrations: [],
  handlers: libraryOfficeHandlers,
};
