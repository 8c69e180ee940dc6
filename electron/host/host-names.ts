import os from 'node:os';

export const LOOPBACK_NAMES: ReadonlySet<string> = new Set(['127.0.0.1', '::1', 'localhost']);
export const WILDCARD: ReadonlySet<string> = new Set(['0.0.0.0', '::']);
/** How often the machine's own addresses are read again, at most (DHCP may change them). */
const ADDRESSES_TTL_MS = 10_000;

/** The name in a Host header: without its port or IPv6 brackets, in lower case. */
export function hostNameOf(header: string | undefined): string {
  const h = (header ?? '').trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') < 0 ? undefined : h.indexOf(']'));
  return h.replace(/:\d*$/, '');
}

function ownAddresses(): Set<string> {
  return new Set(
    Object.values(os.networkInterfaces())
      .flat()
      .flatMap((i) => (i ? [i.address.toLowerCase()] : [])),
  );
}

/**
 * Which Host names the host answers to (DNS rebinding: a page on a name an attacker controls,
 * resolved to this machine, must not reach the API). Always loopback; when bound to an address,
 * that address and this machine's name (plain and `.local`); when bound to every address, each of
 * the machine's addresses too; and the names the centre gives (`--name`).
 */
export function servedNames(
  bindHost: string,
  names: readonly string[] = [],
): (header: string | undefined) => boolean {
  const fixed = new Set<string>(LOOPBACK_NAMES);
  if (!LOOPBACK_NAMES.has(bindHost)) {
    const machine = os.hostname().toLowerCase();
    for (const n of [
      bindHost.toLowerCase(),
      machine,
      `${machine}.local`,
      ...names.map((n) => n.toLowerCase()),
    ])
      fixed.add(n);
  }
  const everyAddress = WILDCARD.has(bindHost);
  let addresses = everyAddress ? ownAddresses() : new Set<string>();
  let readAt = Date.now();
  return (header) => {
    const name = hostNameOf(header);
    if (fixed.has(name)) return true;
    if (!everyAddress) return false;
    if (!addresses.has(name) && Date.now() - readAt > ADDRESSES_TTL_MS) {
      addresses = ownAddresses();
      readAt = Date.now();
    }
    return addresses.has(name);
  };
}

/**
 * The addresses screens on the LAN open: the bound address, or each of the machine's external
 * IPv4 addresses when bound to all; then the names the centre gives (`--name`).
 */
export function hubUrls(bindHost: string, names: readonly string[], port: number): string[] {
  const addresses = WILDCARD.has(bindHost)
    ? Object.values(os.networkInterfaces())
        .flat()
        .flatMap((i) => (i && !i.internal && i.family === 'IPv4' ? [i.address] : []))
    : [bindHost];
  return [...addresses, ...names].map((a) => `https://${a.includes(':') ? `[${a}]` : a}:${port}`);
}
