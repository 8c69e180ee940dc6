import { longTwoPhase, twoPhase, type Handlers } from '../../context';
import { readSettings } from '../../platform/settings/settings.repo';
import { localDate } from '../../../shared/dates';
import { exportCatalogue } from './export/catalogue-export';
import { exportBorrowers, exportLoans } from './export/people-export';
import { exportStats } from './export/stats-export';
import {
  applyBorrowerImport,
  applyCatalogueImport,
  prepareBorrowerImport,
  prepareCatalogueImport,
} from './import/import.service';
import { labels } from './labels/labels.service';
import { remindersRepo } from './lending/reminders.repo';
import { dueSoonWindow, overdueWindow, reminderSlips } from './lending/reminders.service';
import { statsSummary } from './stats/stats.service';
import { stocktake } from './stocktake/stocktake.service';

type OfficeMethods =
  | 'catalogue.import'
  | 'borrowers.import'
  | 'catalogue.export'
  | 'borrowers.export'
  | 'loans.export'
  | 'lending.overdue'
  | 'lending.dueSoon'
  | 'lending.reminderSlips'
  | 'copies.labels'
  | 'stocktake.check'
  | 'stats.summary'
  | 'stats.export';

export const libraryOfficeHandlers: Pick<Handlers, OfficeMethods> = {
  'catalogue.import': longTwoPhase(prepareCatalogueImport, applyCatalogueImport),
  'borrowers.import': longTwoPhase(prepareBorrowerImport, applyBorrowerImport),

  'catalogue.export': ({ format }, ctx) => exportCatalogue(ctx.db, format, localDate(ctx.now())),
  // The file is made on a read handle; the transaction only records that it was made, and by whom.
  'borrowers.export': twoPhase(
    ({ format }, ctx) => exportBorrowers(ctx.db, format, localDate(ctx.now())),
    ({ format }, ctx, file) => {
      ctx.audit({ entity: 'borrowers', after: { format, file: file.fileName } });
      return file;
    },
  ),
  'loans.export': twoPhase(
    (input, ctx) => exportLoans(ctx.db, input, localDate(ctx.now())),
    ({ format, from, to, openOnly }, ctx, file) => {
      ctx.audit({ entity: 'loans', after: { format, from, to, openOnly, file: file.fileName } });
      return file;
    },
  ),

  'lending.overdue': ({ offset, limit }, ctx) => {
    const today = localDate(ctx.now());
    return remindersRepo(ctx.db).page(overdueWindow(today), today, offset, limit);
  },
  'lending.dueSoon': ({ days, offset, limit }, ctx) => {
    const today = localDate(ctx.now());
    return remindersRepo(ctx.db).page(dueSoonWindow(today, days), today, offset, limit);
  },
  'lending.reminderSlips': (input, ctx) => reminderSlips(ctx, input),

  'copies.labels': (input, ctx) => ({
    centreName: readSettings(ctx.db)['centre.name'],
    ...labels(ctx.db, input),
  }),
  'stocktake.check': ({ shelfId, barcodes }, ctx) => stocktake(ctx.db, shelfId, barcodes),

  'stats.summary': ({ from, to, top }, ctx) => statsSummary(ctx.db, from, to, top),
  'stats.export': ({ from, to, top, format }, ctx) =>
    exportStats(statsSummary(ctx.db, from, to, top), format),
};
