// No zod here: the renderer loads this module at start, and building schemas costs it time.

/** `visitor` is anyone at the screen; the others are staff roles. An `admin` holds every role. */
export const STAFF_ROLES = ['librarian', 'venue_staff', 'curator', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = 'visitor' | StaffRole;

export function holdsRole(roles: readonly StaffRole[], needed: Role): boolean {
  return needed === 'visitor' || roles.includes('admin') || roles.includes(needed);
}

/** A PIN is 4 to 12 digits. */
export const PIN_PATTERN = /^\d{4,12}$/;
