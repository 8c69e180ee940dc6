import type { ShowPlaylist } from '../../../shared/exhibitions.types';
import type { Ctx } from '../../context';
import { liveVersion } from '../../platform/publishing/publishing.read';
import { readSettings } from '../../platform/settings/settings.repo';
import { exhibitionKind } from './content/exhibition.kind';
import { toExhibition } from './exhibitions.read';

/**
 * What the big screen runs: the exhibitions chosen in settings, in that order, as published. One
 * archived, withdrawn from publishing or deleted since it was chosen is left out, never shown as a draft.
 */
export function showPlaylist(ctx: Pick<Ctx, 'db' | 'app'>): ShowPlaylist {
  const settings = readSettings(ctx.db);
  const exhibitions = settings['exhibitions.showIds'].flatMap((id) => {
    const live = liveVersion(ctx.db, exhibitionKind, id);
    return live ? [toExhibition(ctx, id, live.payload)] : [];
  });
  return { exhibitions, photoSeconds: settings['exhibitions.showSeconds'] };
}
