import type { Handlers } from '../../../context';
import { DomainError } from '../../../errors';
import { suggest } from '../search/suggest';
import {
  addCopy,
  createTitle,
  moveCopies,
  mustCopy,
  mustShelf,
  mustTitle,
  search,
  setCopyStatus,
  titleDetail,
  updateTitle,
} from './catalogue.service';
import { copiesRepo, toCopy } from './copies.repo';
import { holdsRepo } from '../lending/holds.repo';
import { sweepHolds } from '../lending/holds.service';
import { loansRepo } from '../lending/loans.repo';
import { localDate } from '../../../../shared/dates';
import { publishedReadingList, publishedReadingLists } from './reading-lists.service';
import { shelvesRepo } from './shelves.repo';
import { titlesRepo, toCard } from './titles.repo';

type CatalogueMethods =
  | 'catalogue.search'
  | 'catalogue.suggest'
  | 'catalogue.getTitle'
  | 'catalogue.shelves'
  | 'catalogue.shelf'
  | 'catalogue.newArrivals'
  | 'catalogue.popular'
  | 'catalogue.readingLists'
  | 'catalogue.readingList'
  | 'titles.create'
  | 'titles.update'
  | 'copies.get'
  | 'copies.list'
  | 'copies.add'
  | 'copies.move'
  | 'copies.withdraw'
  | 'copies.setStatus'
  | 'shelves.create'
  | 'shelves.update'
  | 'shelves.reorder';

export const catalogueHandlers: Pick<Handlers, CatalogueMethods> = {
  'catalogue.search': ({ q, offset, limit }, ctx) => search(ctx.db, q, offset, limit),
  'catalogue.suggest': ({ q }, ctx) => suggest(ctx.db, q),
  'catalogue.getTitle': ({ id }, ctx) => titleDetail(ctx.db, id),
  'catalogue.shelves': (_input, ctx) => shelvesRepo(ctx.db).all(),
  'catalogue.shelf': ({ id, sort, offset, limit }, ctx) => {
    const shelf = shelvesRepo(ctx.db).get(id);
    if (!shelf) throw new DomainError('not_found', 'No such shelf', { what: 'shelf' });
    return { ...titlesRepo(ctx.db).shelfPage(id, sort, offset, limit), shelf };
  },
  'catalogue.newArrivals': ({ offset, limit }, ctx) => titlesRepo(ctx.db).newArrivals(offset, limit),
  'catalogue.popular': ({ offset, limit }, ctx) => titlesRepo(ctx.db).popular(offset, limit),
  'catalogue.readingLists': (_input, ctx) => publishedReadingLists(ctx.db),
  'catalogue.readingList': (input, ctx) => publishedReadingList(ctx.db, input),

  'titles.create': (input, ctx) => createTitle(ctx, input),
  'titles.update': (input, ctx) => updateTitle(ctx, input),

  'copies.get': ({ barcode }, ctx) => {
    sweepHolds(ctx);
    const row = mustCopy(ctx.db, barcode);
    const copy = copiesRepo(ctx.db).view(row.id);
    if (!copy) throw new DomainError('not_found', 'No copy with this barcode', { what: 'copy' });
    const open = loansRepo(ctx.db).openByCopy(row.id);
    const hold = holdsRepo(ctx.db).readyForCopy(row.id);
    return {
      copy: toCopy(copy),
      title: toCard(mustTitle(ctx.db, row.title_id)),
      loan: open ? loansRepo(ctx.db).view(open.id, localDate(ctx.now())) : null,
      hold: hold ? holdsRepo(ctx.db).view(hold.id) : null,
    };
  },
  'copies.list': ({ titleId }, ctx) => {
    mustTitle(ctx.db, titleId);
    return copiesRepo(ctx.db).forTitle(titleId).map(toCopy);
  },
  'copies.add': (input, ctx) => addCopy(ctx, input),
  'copies.move': ({ barcodes, shelfId }, ctx) => moveCopies(ctx, barcodes, shelfId),
  'copies.withdraw': ({ barcode, note }, ctx) => setCopyStatus(ctx, barcode, 'withdrawn', note ?? undefined),
  'copies.setStatus': ({ barcode, status }, ctx) => setCopyStatus(ctx, barcode, status),

  'shelves.create': ({ name, description, position }, ctx) => {
    const shelves = shelvesRepo(ctx.db);
    if (shelves.byName(name)) throw new DomainError('duplicate', 'A shelf with this name exists');
    const id = shelves.insert({
      name,
      description: description ?? null,
      position: position ?? shelves.nextPosition(),
      at: ctx.now().toISOString(),
    });
    const created = mustShelf(ctx.db, id);
    ctx.audit({ entity: 'shelf', entityId: id, after: created });
    return created;
  },
  'shelves.update': ({ id, name, description, position }, ctx) => {
    const shelves = shelvesRepo(ctx.db);
    const before = mustShelf(ctx.db, id);
    const other = name === undefined ? undefined : shelves.byName(name);
    if (other && other.id !== id) throw new DomainError('duplicate', 'A shelf with this name exists');
    shelves.update(id, {
      name: name ?? before.name,
      description: description === undefined ? before.description : description,
      position: position ?? before.position,
    });
    const after = mustShelf(ctx.db, id);
    ctx.audit({ entity: 'shelf', entityId: id, before, after });
    return after;
  },
  'shelves.reorder': ({ ids }, ctx) => {
    const shelves = shelvesRepo(ctx.db);
    const before = shelves.all();
    const known = new Set(before.map((s) => s.id));
    if (ids.length !== known.size || new Set(ids).size !== ids.length || ids.some((i) => !known.has(i))) {
      throw new DomainError('invalid_input', 'Give every shelf once, in the new order');
    }
    ids.forEach((id, i) => shelves.setPosition(id, i + 1));
    const after = shelves.all();
    ctx.audit({ entity: 'shelf', before: before.map((s) => s.id), after: after.map((s) => s.id) });
    return after;
  },
};
