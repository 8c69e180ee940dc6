import type { APIRequestContext, APIResponse, Page } from '@playwright/test';

// The specs' calls to the host's API, as the renderer makes them (`X-Kiosk`, one method and its
// input), through a page's request context (the page's cookie: its session) or a context of the
// spec's own.
//
// One retry on a reset connection: the host closes a keep-alive connection after 5 idle seconds,
// and a call sent on it at that moment meets ECONNRESET before the host reads it (a clean-clone
// CI run failed so, about 5 s after the test's previous call). Browsers send such a request
// again on a new connection; Playwright's request context does only when asked to. It retries
// nothing else (no status code), so a refusal is still the test's to see.

export type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string } };

function requestOf(target: Page | APIRequestContext): APIRequestContext {
  return 'request' in target ? target.request : target;
}

/** Posts one call and returns the raw response. */
export function post(
  target: Page | APIRequestContext,
  method: string,
  input: object = {},
): Promise<APIResponse> {
  return requestOf(target).post('/api/invoke', {
    headers: { 'X-Kiosk': '1' },
    data: { method, input },
    maxRetries: 1,
  });
}

/** One call: its HTTP status and its answer, refusals included. */
export async function invoke<T = unknown>(
  target: Page | APIRequestContext,
  method: string,
  input: object = {},
): Promise<{ status: number; body: Answer<T> }> {
  const response = await post(target, method, input);
  return { status: response.status(), body: (await response.json()) as Answer<T> };
}

/** One call that must succeed: its value, or an error naming the method and the refusal. */
export async function call<T>(
  target: Page | APIRequestContext,
  method: string,
  input: object = {},
): Promise<T> {
  const { body } = await invoke<T>(target, method, input);
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.value;
}
