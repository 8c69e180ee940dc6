import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const ID_BYTES = 16;
const TAG_BYTES = 16;

/**
 * The host's client tokens: 16 random bytes and an HMAC of them under a key made at start, 43
 * characters of base64url. A token a client made up fails the HMAC and is replaced, so only tokens
 * the host made ever name a client (no session fixation with a planted cookie); a restart makes
 * every earlier token invalid, as it ends every session anyway.
 */
export class ClientTokens {
  private readonly key = randomBytes(32);

  issue(): string {
    const id = randomBytes(ID_BYTES);
    return Buffer.concat([id, this.tag(id)]).toString('base64url');
  }

  isOurs(token: string): boolean {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
    const bytes = Buffer.from(token, 'base64url');
    if (bytes.length !== ID_BYTES + TAG_BYTES) return false;
    return timingSafeEqual(this.tag(bytes.subarray(0, ID_BYTES)), bytes.subarray(ID_BYTES));
  }

  private tag(id: Buffer): Buffer {
    return createHmac('sha256', this.key).update(id).digest().subarray(0, TAG_BYTES);
  }
}
