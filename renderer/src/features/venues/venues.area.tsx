import type { ComponentType } from 'react';
import type { AreaModule } from '../registry';
import { VenueIcon } from './venues-icons';
import { idParam, venuesPaths } from './venues-paths';

/** A route's screen, loaded when first opened. */
function screen<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async () => ({ Component: pick(await load()) });
}

/** 场地预约: the centre's rooms, asked for at the kiosk and decided at the desk. */
export const venuesArea: AreaModule = {
  id: 'venues',
  namespace: 'venues',
  tile: { titleKey: 'tile.title', subtitleKey: 'tile.subtitle', Icon: VenueIcon },
  routes: [
    {
      lazy: screen(
        () => import('./VenuesLayout'),
        (m) => m.VenuesLayout,
      ),
      children: [
        {
          index: true,
          lazy: screen(
            () => import('./home/VenuesHome'),
            (m) => m.VenuesHome,
          ),
        },
        {
          path: 'rooms/:id',
          lazy: screen(
            () => import('./room/RoomScreen'),
            (m) => m.RoomScreen,
          ),
        },
        {
          path: 'free',
          lazy: screen(
            () => import('./free/FreeScreen'),
            (m) => m.FreeScreen,
          ),
        },
        {
          path: 'today',
          lazy: screen(
            () => import('./today/TodayScreen'),
            (m) => m.TodayScreen,
          ),
        },
        {
          path: 'status',
          lazy: screen(
            () => import('./status/StatusScreen'),
            (m) => m.StatusScreen,
          ),
        },
      ],
    },
  ],
  screens: [
    {
      path: 'door/:id',
      lazy: screen(
        () => import('./door/DoorScreen'),
        (m) => m.DoorScreen,
      ),
    },
  ],
  staffSections: [
    {
      id: 'requests',
      titleKey: 'staff.requests',
      role: 'venue_staff',
      lazy: () => import('./desk/RequestsSection'),
    },
    {
      id: 'calendar',
      titleKey: 'staff.calendar',
      role: 'venue_staff',
      lazy: () => import('./desk/CalendarSection'),
    },
    {
      id: 'book',
      titleKey: 'staff.book',
      role: 'venue_staff',
      lazy: () => import('./desk/BookSection'),
    },
    {
      id: 'rooms',
      titleKey: 'staff.rooms',
      role: 'venue_staff',
      lazy: () => import('./desk/RoomsSection'),
    },
    {
      id: 'daysheet',
      titleKey: 'staff.daySheet',
      role: 'venue_staff',
      lazy: () => import('./desk/DaySheetSection'),
    },
    {
      id: 'reports',
      titleKey: 'staff.reports',
      role: 'venue_staff',
      lazy: () => import('./desk/ReportSection'),
    },
  ],
  counterLabels: { 'venues.events': 'counters.events', 'venues.participants': 'counters.participants' },
  linkPath(kind, id) {
    const n = idParam(id);
    return kind === 'room' && n !== null ? venuesPaths.room(n) : null;
  },
};
