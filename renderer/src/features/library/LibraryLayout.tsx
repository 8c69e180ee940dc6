import { Outlet } from 'react-router';
import { useScrollMemory } from '../../lib/use-scroll-memory';
import './library.css';
import './book/book.css';
import './selfservice/self-service.css';

/** Every reading-room screen: its styles, and a page that starts at the top unless going back. */
export function LibraryLayout() {
  useScrollMemory();
  return (
    <div className="library">
      <Outlet />
    </div>
  );
}
