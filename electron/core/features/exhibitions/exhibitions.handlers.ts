import type { Handlers } from '../../context';
import {
  getExhibition,
  highlights,
  listExhibitions,
  previewExhibition,
  search,
  submittedExhibition,
  timeline,
} from './exhibitions.read';
import { deskExhibitions, draftOf, saveExhibition } from './exhibitions.service';
import { showPlaylist } from './exhibitions.show';
import { exhibitionStats } from './exhibitions.statistics';
import { countPlay, countVisit } from './exhibitions.stats';
import { importFolderHandler } from './folder/folder-import';
import { exportPack } from './packs/pack-export';
import { importPackHandler } from './packs/pack-import';

type ExhibitionsMethods =
  | 'exhibitions.list'
  | 'exhibitions.get'
  | 'exhibitions.show'
  | 'exhibitions.timeline'
  | 'exhibitions.highlights'
  | 'exhibitions.search'
  | 'exhibitions.visited'
  | 'exhibitions.played'
  | 'exhibitions.stats'
  | 'exhibitions.drafts'
  | 'exhibitions.draft'
  | 'exhibitions.preview'
  | 'exhibitions.submission'
  | 'exhibitions.save'
  | 'exhibitions.importFolder'
  | 'exhibitions.exportPack'
  | 'exhibitions.importPack';

/** Visitors read published versions only; curators read and write drafts. */
export const exhibitionsHandlers: Pick<Handlers, ExhibitionsMethods> = {
  'exhibitions.list': (_input, ctx) => listExhibitions(ctx),
  'exhibitions.get': ({ id }, ctx) => getExhibition(ctx, id),
  'exhibitions.show': (_input, ctx) => showPlaylist(ctx),
  'exhibitions.timeline': (_input, ctx) => timeline(ctx),
  'exhibitions.highlights': (_input, ctx) => highlights(ctx),
  'exhibitions.search': ({ q, offset, limit }, ctx) => search(ctx, q, offset, limit),
  'exhibitions.visited': ({ id }, ctx) => countVisit(ctx.db, id, ctx.now()),
  'exhibitions.played': ({ uid }, ctx) => countPlay(ctx.db, uid, ctx.now()),
  'exhibitions.stats': ({ from, to }, ctx) => exhibitionStats(ctx.db, from, to),

  'exhibitions.drafts': (_input, ctx) => deskExhibitions(ctx),
  'exhibitions.draft': ({ id }, ctx) => draftOf(ctx, id),
  'exhibitions.preview': ({ id }, ctx) => previewExhibition(ctx, id),
  'exhibitions.submission': ({ versionId }, ctx) => submittedExhibition(ctx, versionId),
  'exhibitions.save': (input, ctx) => saveExhibition(ctx, input),
  'exhibitions.importFolder': importFolderHandler,
  'exhibitions.exportPack': ({ ids }, ctx) => exportPack(ctx, ids),
  'exhibitions.importPack': importPackHandler(),
};
