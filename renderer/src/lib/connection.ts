/**
 * Whether the hub answers, for a screen that reaches it over the network. A failed request or a
 * dropped event stream takes the screen offline; from then on a cheap probe asks every few seconds,
 * and the first answer brings it back online and refetches everything once, since the pushes sent
 * meanwhile were missed. Nothing on screen is touched: the page stays as it is, only told.
 */
export interface ConnectionOptions {
  /** One cheap call to the hub: true when it answered at all (a refusal is an answer too). */
  probe: () => Promise<boolean>;
  /** Called once each time the hub answers again after being away. */
  onBack: () => void;
  /** How long between two probes while offline. */
  everyMs: number;
}

export interface Connection {
  online: () => boolean;
  /** The hub did not answer (a request failed on the network, the event stream broke). */
  lost: () => void;
  /** The hub answered something (a request got a response, the event stream opened). */
  answered: () => void;
  subscribe: (listener: () => void) => () => void;
}

export function createConnection(options: ConnectionOptions): Connection {
  const { probe, onBack, everyMs } = options;
  const listeners = new Set<() => void>();
  let isOnline = true;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let probing = false;
  const notify = () => listeners.forEach((listener) => listener());

  // One probe at a time: the next is planned only once the last has come back without an answer.
  const schedule = () => {
    if (isOnline || probing || timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      probing = true;
      const settle = (ok: boolean) => {
        probing = false;
        if (ok) answered();
        else schedule();
      };
      probe().then(settle, () => settle(false));
    }, everyMs);
  };

  function answered(): void {
    if (isOnline) return;
    isOnline = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    notify();
    onBack();
  }

  function lost(): void {
    if (!isOnline) return;
    isOnline = false;
    notify();
    schedule();
  }

  return {
    online: () => isOnline,
    lost,
    answered,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
