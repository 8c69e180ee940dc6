import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';
import { DomainError } from '../../errors';

/**
 * A backup sealed for a USB stick: AES-256-GCM under a key made from the admin's passphrase with
 * scrypt and a random salt. The file is
 *
 *   magic "HONGYIBK" · version 1 · log2(N) r p · salt (16) · iv (12) · key check (16) · ciphertext · tag (16)
 *
 * The whole header is authenticated with the contents (GCM's additional data), so no byte of the
 * file can change unnoticed. The key check (an HMAC of the key) tells a wrong passphrase apart
 * from a damaged or altered file, and gives away nothing the tag does not.
 */
const MAGIC = Buffer.from('HONGYIBK', 'ascii');
const VERSION = 1;
const LOG_N = 15;
const R = 8;
const P = 1;
const SALT = 16;
const IV = 12;
const CHECK = 16;
const TAG = 16;
const HEADER = MAGIC.length + 4 + SALT + IV + CHECK;

/** The extension a sealed backup is saved with. */
export const SEALED_EXTENSION = '.hongyi-backup';

function deriveKey(passphrase: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

const keyCheck = (key: Buffer) =>
  createHmac('sha256', key).update('hongyi key check').digest().subarray(0, CHECK);

export async function seal(plain: Buffer, passphrase: string): Promise<Buffer> {
  const salt = randomBytes(SALT);
  const iv = randomBytes(IV);
  const key = await deriveKey(passphrase, salt, LOG_N, R, P);
  const header = Buffer.concat([MAGIC, Buffer.from([VERSION, LOG_N, R, P]), salt, iv, keyCheck(key)]);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(header);
  return Buffer.concat([header, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

const invalid = (why: string) => new DomainError('backup_invalid', `Not a sealed Hongyi backup: ${why}`);

/**
 * The backup inside a sealed file, or the refusal: `backup_passphrase_wrong` for another
 * passphrase, `backup_invalid` for a file that is not one or was changed.
 */
export async function unseal(sealed: Buffer, passphrase: string): Promise<Buffer> {
  if (sealed.length < HEADER + TAG || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw invalid('no header');
  }
  const [version, logN = 0, r = 0, p = 0] = sealed.subarray(MAGIC.length, MAGIC.length + 4);
  // Bounds keep a forged header from asking scrypt for gigabytes.
  if (version !== VERSION || logN < 14 || logN > 20 || r < 1 || r > 16 || p < 1 || p > 4) {
    throw invalid('unknown version or parameters');
  }
  const start = MAGIC.length + 4;
  const salt = sealed.subarray(start, start + SALT);
  const iv = sealed.subarray(start + SALT, start + SALT + IV);
  const check = sealed.subarray(start + SALT + IV, HEADER);
  const key = await deriveKey(passphrase, salt, logN, r, p);
  if (!timingSafeEqual(check, keyCheck(key))) {
    throw new DomainError('backup_passphrase_wrong', 'This is not the passphrase the backup was sealed with');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(sealed.subarray(0, HEADER));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(HEADER, sealed.length - TAG)), decipher.final()]);
  } catch {
    throw invalid('it was changed or damaged');
  }
}
