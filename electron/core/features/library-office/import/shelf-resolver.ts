import type { Db } from '../../../db/database';
import { shelvesRepo } from '../../library/catalogue/shelves.repo';
import type { LendingCtx } from '../../library/lending/holds.service';

/** Shelf names compare without case, width and spaces: `党史学习角 ` and `党史 学习角` are one shelf. */
const shelfKey = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * Finds the shelf a sheet names, creating it when the catalogue has none of that name. Creating is
 * what a librarian wants: the names come from her own system (a location such as 「二楼东架」), and
 * putting the books on a made-up default shelf would send visitors to the wrong place. Each created
 * shelf is reported so a typo shows up and can be merged by moving its copies.
 */
export function shelfResolver(ctx: LendingCtx) {
  const repo = shelvesRepo(ctx.db);
  const byKey = new Map(repo.names().map((s) => [shelfKey(s.name), s]));
  const created: string[] = [];
  return {
    created,
    /** The shelf (its name as the catalogue writes it), and whether this call created it. */
    resolve(name: string): { id: number; name: string; created: boolean } {
      const known = byKey.get(shelfKey(name));
      if (known !== undefined) return { ...known, created: false };
      const id = createShelf(ctx, name);
      byKey.set(shelfKey(name), { id, name });
      created.push(name);
      return { id, name, created: true };
    },
  };
}

function createShelf(ctx: LendingCtx & { db: Db }, name: string): number {
  const repo = shelvesRepo(ctx.db);
  const id = repo.insert({
    name,
    description: null,
    position: repo.nextPosition(),
    at: ctx.now().toISOString(),
  });
  ctx.audit({ action: 'shelves.create', entity: 'shelf', entityId: id, after: repo.get(id) });
  return id;
}
