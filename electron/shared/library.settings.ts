import { z } from 'zod';
import { setting } from './contract';

/** The reading room's settings, edited in its own section of 系统设置. */
export const librarySettings = {
  'library.selfService': setting(z.boolean(), false),
  /**
   * Every borrower gives a PIN at self-service (set at the desk); off, only those who set one do.
   * On for a new centre; a centre that had self-service on before PINs keeps it off (library step 6).
   */
  'library.selfServicePin': setting(z.boolean(), true),
  /**
   * Whole calendar years a loan stays with the borrower's name; then, on 1 January, that year's
   * returned loans pass to anonymous readers (the statistics keep them). 0 keeps them named for ever.
   */
  'library.historyRetentionYears': setting(z.number().int().min(0).max(30), 2),
};
