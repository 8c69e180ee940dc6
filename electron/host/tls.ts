import { createHash, createPrivateKey, generateKeyPairSync, randomBytes, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import forge from 'node-forge';

/** A self-signed certificate lasts this long: the screens accept it once, by its fingerprint. */
const VALID_YEARS = 10;

export interface HubCertificate {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, `AB:CD:…`: what a screen's warning page shows, to compare. */
  fingerprint: string;
  /** SHA-256 of its public key, base64: Chromium's `--ignore-certificate-errors-spki-list` takes it. */
  spki: string;
}

function describe(key: string, cert: string): HubCertificate {
  const x509 = new X509Certificate(cert);
  const spki = x509.publicKey.export({ type: 'spki', format: 'der' });
  return {
    key,
    cert,
    fingerprint: x509.fingerprint256,
    spki: createHash('sha256').update(spki).digest('base64'),
  };
}

/** Written beside, synced, renamed over: a crash leaves the old file or the new one, never half. */
function writeAtomically(file: string, text: string, mode: number): void {
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = fs.openSync(tmp, 'w', mode);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

/** A certificate for the hub's names and addresses, signed by its own new RSA key. */
export function makeCertificate(names: readonly string[], now: Date): { key: string; cert: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const key = forge.pki.privateKeyFromPem(keyPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  // A positive serial: the first byte's high bit clear.
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  cert.validity.notAfter = new Date(now);
  cert.validity.notAfter.setFullYear(now.getFullYear() + VALID_YEARS);
  const subject = [
    { name: 'commonName', value: `Hongyi hub ${os.hostname()}`.slice(0, 64) },
    { name: 'organizationName', value: 'Hongyi' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [...new Set(names)].map((n) => (isIP(n) ? { type: 7, ip: n } : { type: 2, value: n })),
    },
  ]);
  cert.sign(key, forge.md.sha256.create());
  return { key: keyPem, cert: forge.pki.certificateToPem(cert) };
}

/**
 * The hub's certificate in `<data>/tls/`, made at the first start in LAN mode and kept after, so
 * its fingerprint stays the one the screens accepted. Made again only when missing, unreadable
 * or expired. The key is readable by the hub's user alone.
 */
export function hubCertificate(dir: string, names: readonly string[], now = new Date()): HubCertificate {
  const keyFile = path.join(dir, 'hub-key.pem');
  const certFile = path.join(dir, 'hub-cert.pem');
  try {
    const key = fs.readFileSync(keyFile, 'utf8');
    const cert = fs.readFileSync(certFile, 'utf8');
    const x509 = new X509Certificate(cert);
    if (Date.parse(x509.validTo) > now.getTime() && x509.checkPrivateKey(createPrivateKey(key)))
      return describe(key, cert);
  } catch {
    // Missing or unreadable: made anew below.
  }
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const made = makeCertificate(names, now);
  writeAtomically(keyFile, made.key, 0o600);
  writeAtomically(certFile, made.cert, 0o644);
  return describe(made.key, made.cert);
}
