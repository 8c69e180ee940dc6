import { toHalfWidth } from '../../../../../electron/shared/library.types';

/**
 * A card number or barcode as the API will read it (half-width, trimmed, upper case), so that the
 * desk recognises a second scan of the same book however the scanner or the keyboard typed it.
 */
export function normaliseCode(raw: string): string {
  return toHalfWidth(raw).trim().toUpperCase();
}

/** Barcodes typed or pasted as a list: one per line, or separated by commas or spaces. */
export function splitCodes(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[\s,，、;；]+/)
        .map(normaliseCode)
        .filter((c) => c !== ''),
    ),
  ];
}
