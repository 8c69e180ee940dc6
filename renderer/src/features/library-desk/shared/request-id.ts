/**
 * One id per scan: the API answers a repeated checkout, return or renewal with the same id (a double
 * scan, a retry after a lost answer) with the first result instead of acting twice. Made from
 * `getRandomValues`, not `randomUUID`, because a staff desk on the LAN opens the app over plain http,
 * which is not a secure context, and `randomUUID` exists only in secure contexts.
 */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
