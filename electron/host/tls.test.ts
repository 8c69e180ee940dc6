import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/testing';
import { hubCertificate } from './tls';

describe('the hub certificate', () => {
  it('is made once for the hub names and addresses, kept, and its key is the owner own', () => {
    const dir = path.join(tempDir(), 'tls');
    const first = hubCertificate(dir, ['192.168.1.10', '127.0.0.1', 'localhost', 'hub.lan']);
    const x509 = new X509Certificate(first.cert);
    expect(x509.subjectAltName).toBe(
      'IP Address:192.168.1.10, IP Address:127.0.0.1, DNS:localhost, DNS:hub.lan',
    );
    expect(x509.fingerprint256).toBe(first.fingerprint);
    expect(first.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(fs.statSync(path.join(dir, 'hub-key.pem')).mode & 0o077).toBe(0);
    // The next start keeps it: the screens accepted this fingerprint.
    expect(hubCertificate(dir, ['10.0.0.1']).fingerprint).toBe(first.fingerprint);
  });

  it('is made again when its files are damaged or it has expired', () => {
    const dir = path.join(tempDir(), 'tls');
    const first = hubCertificate(dir, ['127.0.0.1']);
    fs.writeFileSync(path.join(dir, 'hub-cert.pem'), 'not a certificate');
    const second = hubCertificate(dir, ['127.0.0.1']);
    expect(second.fingerprint).not.toBe(first.fingerprint);
    const later = new Date(Date.now() + 11 * 365 * 24 * 3600 * 1000);
    expect(hubCertificate(dir, ['127.0.0.1'], later).fingerprint).not.toBe(second.fingerprint);
  });
});
