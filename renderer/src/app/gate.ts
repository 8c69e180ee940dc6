import type { KioskInfo } from '../../../electron/shared';

/**
 * Where the kiosk must be before anything else: recovery while damaged, setup until the admin PIN
 * is set. A staff desk has no visitors to attract: it starts (and comes back after idle) at sign-in.
 */
export function gateRedirect(info: KioskInfo, pathname: string): string | null {
  if (info.damaged) return pathname === '/recovery' ? null : '/recovery';
  if (pathname === '/recovery') return '/';
  if (info.setupRequired) return pathname === '/setup' ? null : '/setup';
  if (pathname === '/setup') return '/';
  if (pathname === '/' && info.device?.purpose === 'desk') return '/staff';
  return null;
}
