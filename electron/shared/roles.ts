import { z } from 'zod';

/** `visitor` is anyone at the screen; the others are staff roles. An `admin` holds every role. */
export const STAFF_ROLES = ['librarian', 'venue_staff', 'curator', 'admin'] as const;
export const staffRole = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof staffRole>;
export type Role = 'visitor' | StaffRole;

export function holdsRole(roles: readonly StaffRole[], needed: Role): boolean {
  return needed === 'visitor' || roles.includes('admin') || roles.includes(needed);
}
