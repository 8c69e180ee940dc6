import type { Language } from '../../../electron/shared';
import { invoke } from './api';

const KEY = 'hongyi.visit';

/**
 * The anonymous visit of the person at the screen, from the first touch on the attract screen to
 * the reset. Kept in sessionStorage so a renderer reload does not start a second visit. Failures
 * are ignored on purpose: counting visits must never get in a visitor's way.
 */
export class VisitTracker {
  private visit: Promise<number | null> | null;

  constructor() {
    const saved = Number(sessionStorage.getItem(KEY));
    this.visit = Number.isInteger(saved) && saved > 0 ? Promise.resolve(saved) : null;
  }

  begin(language: Language): void {
    this.visit = invoke('visits.begin', { language }).then(
      ({ visitId }) => {
        sessionStorage.setItem(KEY, String(visitId));
        return visitId;
      },
      () => null,
    );
  }

  track(patch: { area?: string; language?: Language }): void {
    void this.visit?.then((visitId) => {
      if (visitId) invoke('visits.track', { visitId, ...patch }).catch(() => undefined);
    });
  }

  /** Ends the visit here; the id goes to `kiosk.reset`, which closes it in the database. */
  async end(): Promise<number | undefined> {
    const visitId = await this.visit;
    this.visit = null;
    sessionStorage.removeItem(KEY);
    return visitId ?? undefined;
  }
}
