import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderFacts } from './sender-check';

const kiosk: SenderFacts = { senderId: 7, kioskContentsId: 7, isMainFrame: true, frameUrl: 'app://kiosk/' };

describe('isTrustedSender', () => {
  it("trusts the kiosk window's main frame on app://kiosk", () => {
    expect(isTrustedSender(kiosk)).toBe(true);
    expect(isTrustedSender({ ...kiosk, frameUrl: 'app://kiosk/staff/settings' })).toBe(true);
  });

  it('refuses another webContents, a subframe, a foreign page, a gone frame or no window', () => {
    expect(isTrustedSender({ ...kiosk, senderId: 8 })).toBe(false);
    expect(isTrustedSender({ ...kiosk, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ ...kiosk, frameUrl: 'https://example.com/' })).toBe(false);
    expect(isTrustedSender({ ...kiosk, frameUrl: 'file:///tmp/index.html' })).toBe(false);
    expect(isTrustedSender({ ...kiosk, frameUrl: 'app://kiosk.evil/' })).toBe(false);
    expect(isTrustedSender({ ...kiosk, frameUrl: null })).toBe(false);
    expect(isTrustedSender({ ...kiosk, kioskContentsId: null })).toBe(false);
  });
});
