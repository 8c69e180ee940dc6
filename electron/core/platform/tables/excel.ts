import * as ExcelNs from 'exceljs';

type ExcelJs = typeof ExcelNs;

/**
 * exceljs is CommonJS typed as an ES module: Node's ESM loader (tests) hands it over as `default`,
 * esbuild (the app) as the namespace itself. This picks whichever holds the classes.
 */
export const Excel: ExcelJs = (ExcelNs as ExcelJs & { default?: ExcelJs }).default ?? ExcelNs;
