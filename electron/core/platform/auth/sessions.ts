import type { SessionStaff } from '../../context';

/** A staff session ends after this long without a staff action (DESIGN.md). */
export const SESSION_IDLE_MS = 10 * 60 * 1000;

/**
 * Staff sessions, one per client: an Electron webContents (`ipc:<id>`) or a browser holding the
 * host's client cookie (`http:<token>`). In memory on purpose: a restart signs everyone out.
 */
export class Sessions {
  private readonly byClient = new Map<string, { staff: SessionStaff; lastActive: number }>();

  constructor(private readonly now: () => Date) {}

  /** The signed-in staff of a client, or null when none or expired; `touch` counts it as activity. */
  get(clientId: string, touch: boolean): SessionStaff | null {
    const s = this.byClient.get(clientId);
    if (!s) return null;
    const t = this.now().getTime();
    if (t - s.lastActive > SESSION_IDLE_MS) {
      this.byClient.delete(clientId);
      return null;
    }
    if (touch) s.lastActive = t;
    return s.staff;
  }

  signIn(clientId: string, staff: SessionStaff): void {
    this.byClient.set(clientId, { staff, lastActive: this.now().getTime() });
  }

  signOut(clientId: string): void {
    this.byClient.delete(clientId);
  }

  /** Ends every session of one account (disabled, roles changed, PIN reset). */
  endStaff(staffId: number): void {
    for (const [client, s] of this.byClient) if (s.staff.id === staffId) this.byClient.delete(client);
  }

  clear(): void {
    this.byClient.clear();
  }
}
