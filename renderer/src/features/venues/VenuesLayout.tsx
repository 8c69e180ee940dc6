import { Outlet } from 'react-router';
import { useScrollMemory } from '../../lib/use-scroll-memory';
import './venues.css';

/** Every venue-booking screen: its styles, and a page that starts at the top unless going back. */
export function VenuesLayout() {
  useScrollMemory();
  return (
    <div className="venues">
      <Outlet />
    </div>
  );
}
