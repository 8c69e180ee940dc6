import type { MethodDef } from '../shared/contract';
import { isAppUrl } from './app-url';

/**
 * The shell's own windows, each with its purpose: the kiosk (everything a visitor and staff do),
 * a show on a second display, a door display beside a room. A window is trusted for its purpose only.
 */
export const WINDOW_PURPOSES = ['kiosk', 'show', 'door'] as const;
export type WindowPurpose = (typeof WINDOW_PURPOSES)[number];

/** What the IPC handler knows about a caller, as plain data so the rule is testable without Electron. */
export interface SenderFacts {
  /** The purpose of the shell's window whose webContents sent the call; null when it is none of them. */
  purpose: WindowPurpose | null;
  /** Whether `event.senderFrame` is that window's main frame (false when the frame is gone). */
  isMainFrame: boolean;
  /** `event.senderFrame.url`, or null when the frame is gone. */
  frameUrl: string | null;
}

/**
 * Only the top frame of one of the shell's own windows, showing our own app:// page, may call core.
 * An iframe, a DevTools view, a window the shell did not open or a page that navigated elsewhere is
 * refused. Gives the purpose the caller is trusted for, or null.
 */
export function trustedPurpose(facts: SenderFacts): WindowPurpose | null {
  if (facts.purpose === null || !facts.isMainFrame || facts.frameUrl === null) return null;
  return isAppUrl(facts.frameUrl) ? facts.purpose : null;
}

/**
 * A display window (a show, a door sign) only shows what any visitor may read: it signs nobody in
 * and changes nothing, so a screen left alone in a corridor cannot be made into a staff desk.
 */
export function mayCall(purpose: WindowPurpose, def: Pick<MethodDef, 'role' | 'writes'>): boolean {
  return purpose === 'kiosk' || (def.role === 'visitor' && def.writes === undefined);
}
