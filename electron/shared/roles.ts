// No zod here: the renderer loads this module at start, and building schemas costs it time.

/**
 * `visitor` is anyone at the screen; `staff` is any signed-in staff member, whatever their role
 * (the platform's services every area uses, such as media, and publishing, whose handlers decide
 * by the role that edits each kind of content); the others are staff roles. An `admin` holds
 * every role. A `reviewer` approves or returns what others submit for publishing.
 */
export const STAFF_ROLES = ['librarian', 'venue_staff', 'curator', 'reviewer', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = 'visitor' | 'staff' | StaffRole;

/** Whether a signed-in staff member with `roles` may do what needs `needed`. */
export function holdsRole(roles: readonly StaffRole[], needed: Role): boolean {
  if (needed === 'visitor') return true;
  if (needed === 'staff') return roles.length > 0;
  return roles.includes('admin') || roles.includes(needed);
}

/** A PIN is 4 to 12 digits. */
export const PIN_PATTERN = /^\d{4,12}$/;
