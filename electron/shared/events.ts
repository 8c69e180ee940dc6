/** Push events from core to every screen (IPC `kiosk:event`, HTTP `GET /api/events`). */
export interface KioskEvents {
  /** Settings changed: screens re-read `kiosk.info`. */
  'settings.changed': Record<string, never>;
  /** Data of a domain changed (e.g. `library`): screens refetch what they show of it. */
  'data.changed': { domain: string };
  /** The database was replaced by a restore: everything is refetched, staff sign in again. */
  'database.restored': Record<string, never>;
}
export type KioskEventName = keyof KioskEvents;
export interface KioskEvent<K extends KioskEventName = KioskEventName> {
  name: K;
  data: KioskEvents[K];
}
