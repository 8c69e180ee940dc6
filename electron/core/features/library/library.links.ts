import type { LinkResolver } from '../../context';
import { liveVersion } from '../../platform/publishing/publishing.read';
import { readingListKind } from './catalogue/reading-list.kind';
import { shelvesRepo } from './catalogue/shelves.repo';
import { titlesRepo } from './catalogue/titles.repo';

const idOf = (id: string): number | null => (/^[1-9]\d{0,15}$/.test(id) ? Number(id) : null);

function resolver(find: (db: Parameters<LinkResolver>[0], id: number) => string | undefined): LinkResolver {
  return (db, id) => {
    const n = idOf(id);
    const title = n === null ? undefined : find(db, n);
    return title === undefined ? null : { title };
  };
}

/** What the reading room's content is called when another area links to it. */
export const libraryLinks: Record<string, LinkResolver> = {
  shelf: resolver((db, id) => shelvesRepo(db).get(id)?.name),
  title: resolver((db, id) => titlesRepo(db).byId(id)?.title),
  // A reading list is there for visitors only as its approved version (named as approved).
  readingList: resolver((db, id) => liveVersion(db, readingListKind, id)?.payload.name),
};
