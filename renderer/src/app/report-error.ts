import { isRouteErrorResponse } from 'react-router';
import { invoke } from '../lib/api';

const reported = new WeakSet<object>();

function describe(error: unknown): { message: string; stack?: string } {
  if (isRouteErrorResponse(error)) return { message: `${error.status} ${error.statusText}` };
  if (error instanceof Error) return { message: `${error.name}: ${error.message}`, stack: error.stack };
  return { message: String(error) };
}

/** Sends a renderer error to the core's log, once per error (StrictMode and retries render twice). */
export function reportError(error: unknown, route: string, componentStack?: string | null): void {
  if (typeof error === 'object' && error !== null) {
    if (reported.has(error)) return;
    reported.add(error);
  }
  const { message, stack } = describe(error);
  const fullStack = [stack, componentStack].filter(Boolean).join('\n');
  invoke('diagnostics.logError', {
    message: message.slice(0, 2000),
    stack: fullStack ? fullStack.slice(0, 8000) : undefined,
    route: route.slice(0, 300),
  }).catch(() => undefined);
}
