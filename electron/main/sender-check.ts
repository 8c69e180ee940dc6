import { isAppUrl } from './app-url';

/** What the IPC handler knows about a caller, as plain data so the rule is testable without Electron. */
export interface SenderFacts {
  /** `event.sender.id` */
  senderId: number;
  /** The kiosk window's `webContents.id`, or null when there is no window (yet, or any more). */
  kioskContentsId: number | null;
  /** Whether `event.senderFrame` is the kiosk window's main frame (false when the frame is gone). */
  isMainFrame: boolean;
  /** `event.senderFrame.url`, or null when the frame is gone. */
  frameUrl: string | null;
}

/**
 * Only the kiosk window's top frame, showing our own app:// page, may call core. An iframe, a
 * DevTools view, a second window or a page that navigated elsewhere is refused.
 */
export function isTrustedSender(facts: SenderFacts): boolean {
  return (
    facts.kioskContentsId !== null &&
    facts.senderId === facts.kioskContentsId &&
    facts.isMainFrame &&
    facts.frameUrl !== null &&
    isAppUrl(facts.frameUrl)
  );
}
