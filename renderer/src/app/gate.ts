import type { KioskInfo } from '../../../electron/shared';

/** Where the kiosk must be before anything else: recovery while damaged, setup until the admin PIN is set. */
export function gateRedirect(info: KioskInfo, pathname: string): string | null {
  if (info.damaged) return pathname === '/recovery' ? null : '/recovery';
  if (pathname === '/recovery') return '/';
  if (info.setupRequired) return pathname === '/setup' ? null : '/setup';
  if (pathname === '/setup') return '/';
  return null;
}
