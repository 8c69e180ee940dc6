import type { Venue } from '../../../../electron/shared/venues.types';

/** A room's name in the screen's language: its English name on an English screen when it has one. */
export function roomName(venue: Pick<Venue, 'name' | 'nameEn'>, language: string): string {
  return language === 'en' && venue.nameEn ? venue.nameEn : venue.name;
}
