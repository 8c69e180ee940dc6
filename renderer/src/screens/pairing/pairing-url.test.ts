import { describe, expect, it } from 'vitest';
import { codeFromUrl, withoutCode } from './pairing-url';

describe('the pairing code in the address', () => {
  it('is read from the QR code’s address', () => {
    expect(codeFromUrl('https://192.168.1.10:8443/pair?code=123456')).toBe('123456');
  });

  it('is read from any path, and from the hash’s own query', () => {
    expect(codeFromUrl('https://hub.local:8443/?code=004200#/home')).toBe('004200');
    expect(codeFromUrl('https://hub.local:8443/#/?code=987654')).toBe('987654');
  });

  it('is left out when missing or not six digits', () => {
    expect(codeFromUrl('https://hub.local:8443/pair')).toBe('');
    expect(codeFromUrl('https://hub.local:8443/pair?code=12345')).toBe('');
    expect(codeFromUrl('https://hub.local:8443/pair?code=12345a')).toBe('');
    expect(codeFromUrl('https://hub.local:8443/pair?code=1234567')).toBe('');
  });

  it('is dropped from the address once used, keeping the screen the router shows', () => {
    expect(withoutCode('https://hub.local:8443/pair?code=123456')).toBe('/');
    expect(withoutCode('https://hub.local:8443/pair?code=123456#/home')).toBe('/#/home');
  });
});
