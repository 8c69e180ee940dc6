/**
 * One id per attempt of a write the user may repeat (a double scan, a retry after a lost answer):
 * the API answers a repeated id with the first result instead of acting twice. Made from
 * `getRandomValues`, not `randomUUID`, because a staff desk on the LAN opens the app over plain http,
 * which is not a secure context, and `randomUUID` exists only in secure contexts.
 */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
