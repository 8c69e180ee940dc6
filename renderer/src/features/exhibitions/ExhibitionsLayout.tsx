import { Outlet } from 'react-router';
import { useScrollMemory } from '../../lib/use-scroll-memory';
import './exhibitions.css';
import './exhibit/exhibit.css';
import './viewer/viewer.css';
import './player/player.css';
import './timeline/timeline.css';

/** Every exhibitions screen: its styles, and a page that starts at the top unless going back. */
export function ExhibitionsLayout() {
  useScrollMemory();
  return (
    <div className="exhibitions">
      <Outlet />
    </div>
  );
}
