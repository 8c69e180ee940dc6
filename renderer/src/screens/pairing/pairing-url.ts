/**
 * `PAIRING_CODE` of devices.api, which the pairing screen cannot import: that module builds zod
 * schemas, and the screen is in the start chunk, which loads no zod.
 */
export const PAIRING_CODE = /^\d{6}$/;

/**
 * The pairing code carried by the address the admin's QR code opens (`/pair?code=123456`), or by
 * any address with `?code=` (in the hash too: `#/?code=123456`); empty when there is none or it is
 * not six digits.
 */
export function codeFromUrl(href: string): string {
  const url = new URL(href);
  const inHash = url.hash.includes('?') ? url.hash.slice(url.hash.indexOf('?')) : '';
  const code = (url.searchParams.get('code') ?? new URLSearchParams(inHash).get('code') ?? '').trim();
  return PAIRING_CODE.test(code) ? code : '';
}

/** The address without the used code, so that a reload after pairing does not offer it again. */
export function withoutCode(href: string): string {
  const url = new URL(href);
  return `/${url.hash}`;
}
