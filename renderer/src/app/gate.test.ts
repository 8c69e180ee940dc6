import { describe, expect, it } from 'vitest';
import type { DeviceIdentity, KioskInfo } from '../../../electron/shared';
import { gateRedirect } from './gate';

function info(patch: Partial<KioskInfo> = {}): KioskInfo {
  return {
    centreName: '红驿党群服务中心',
    centreNameEn: '',
    languages: ['zh-CN', 'zh-TW', 'en'],
    defaultLanguage: 'zh-CN',
    idleSeconds: 90,
    countdownSeconds: 15,
    largeText: false,
    highContrast: false,
    areas: [],
    setupRequired: false,
    setupHere: true,
    damaged: false,
    recovery: null,
    cannotSave: null,
    device: null,
    canExit: false,
    ...patch,
  };
}

const desk: DeviceIdentity = { id: 2, name: '一楼服务台', purpose: 'desk' };
const kiosk: DeviceIdentity = { id: 3, name: '二楼书吧展示屏', purpose: 'kiosk' };

describe('the gate', () => {
  it('lets the hub’s own screen and a paired display start at the attract screen', () => {
    expect(gateRedirect(info(), '/')).toBeNull();
    expect(gateRedirect(info({ device: kiosk }), '/')).toBeNull();
  });

  it('starts a staff desk at the staff entrance instead of the attract screen', () => {
    expect(gateRedirect(info({ device: desk }), '/')).toBe('/staff');
  });

  it('lets a staff desk open the visitors’ screens and the staff area once started', () => {
    expect(gateRedirect(info({ device: desk }), '/home')).toBeNull();
    expect(gateRedirect(info({ device: desk }), '/staff')).toBeNull();
    expect(gateRedirect(info({ device: desk }), '/staff/sign-in')).toBeNull();
  });

  it('sends a desk to recovery and setup first, like any screen', () => {
    expect(gateRedirect(info({ device: desk, damaged: true, recovery: 'damaged' }), '/')).toBe('/recovery');
    expect(gateRedirect(info({ device: desk, setupRequired: true }), '/')).toBe('/setup');
    expect(gateRedirect(info({ device: desk }), '/setup')).toBe('/');
  });
});
