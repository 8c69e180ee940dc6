import { describe, expect, it } from 'vitest';
import type { MethodDef } from '../shared/contract';
import { mayCall, trustedPurpose, type SenderFacts } from './sender-check';

const kiosk: SenderFacts = { purpose: 'kiosk', isMainFrame: true, frameUrl: 'app://kiosk/' };

describe('trustedPurpose', () => {
  it("trusts the top frame of the shell's own windows on app://kiosk, for their purpose", () => {
    expect(trustedPurpose(kiosk)).toBe('kiosk');
    expect(trustedPurpose({ ...kiosk, frameUrl: 'app://kiosk/staff/settings' })).toBe('kiosk');
    expect(trustedPurpose({ ...kiosk, purpose: 'show' })).toBe('show');
    expect(trustedPurpose({ ...kiosk, purpose: 'door', frameUrl: 'app://kiosk/#/door/3' })).toBe('door');
  });

  it('refuses a window the shell did not open, a subframe, a foreign page or a gone frame', () => {
    expect(trustedPurpose({ ...kiosk, purpose: null })).toBeNull();
    expect(trustedPurpose({ ...kiosk, isMainFrame: false })).toBeNull();
    expect(trustedPurpose({ ...kiosk, frameUrl: 'https://example.com/' })).toBeNull();
    expect(trustedPurpose({ ...kiosk, frameUrl: 'file:///tmp/index.html' })).toBeNull();
    expect(trustedPurpose({ ...kiosk, frameUrl: 'app://kiosk.evil/' })).toBeNull();
    expect(trustedPurpose({ ...kiosk, frameUrl: null })).toBeNull();
  });
});

describe('mayCall', () => {
  const read = { role: 'visitor' } as Pick<MethodDef, 'role' | 'writes'>;
  const visitorWrite = { role: 'visitor', writes: { domain: 'library' } } as Pick<
    MethodDef,
    'role' | 'writes'
  >;
  const staffRead = { role: 'librarian' } as Pick<MethodDef, 'role' | 'writes'>;

  it('lets the kiosk window call everything the roles allow', () => {
    for (const def of [read, visitorWrite, staffRead]) expect(mayCall('kiosk', def)).toBe(true);
  });

  it('lets a show or door display only read what any visitor may read', () => {
    for (const purpose of ['show', 'door'] as const) {
      expect(mayCall(purpose, read)).toBe(true);
      expect(mayCall(purpose, visitorWrite)).toBe(false);
      expect(mayCall(purpose, staffRead)).toBe(false);
    }
  });
});
