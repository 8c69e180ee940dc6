import type { ComponentType } from 'react';
import { invoke } from '../../lib/api';
import { EXHIBITION_KIND } from '../../../../electron/shared/exhibitions.types';
import type { AreaModule } from '../registry';
import { pickText } from '../../lib/shown-text';
import { ExhibitionArt } from './ExhibitionArt';
import { ExhibitionIcon } from './exhibitions-icons';
import { exhibitionsPaths, idParam, uidParam } from './exhibitions-paths';
import { highlightSlides } from './highlight-slides';

/** A route's screen, loaded when first opened. */
function screen<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async () => ({ Component: pick(await load()) });
}

/** 园区历史展: the park's history and Party history in exhibitions, a timeline, photos and testimonies. */
export const exhibitionsArea: AreaModule = {
  id: 'exhibitions',
  namespace: 'exhibitions',
  tile: { titleKey: 'tile.title', subtitleKey: 'tile.subtitle', Icon: ExhibitionIcon },
  routes: [
    {
      lazy: screen(
        () => import('./ExhibitionsLayout'),
        (m) => m.ExhibitionsLayout,
      ),
      children: [
        {
          index: true,
          lazy: screen(
            () => import('./home/ExhibitionsHome'),
            (m) => m.ExhibitionsHome,
          ),
        },
        {
          path: 'timeline',
          lazy: screen(
            () => import('./timeline/TimelineScreen'),
            (m) => m.TimelineScreen,
          ),
        },
        {
          path: 'search',
          lazy: screen(
            () => import('./search/SearchScreen'),
            (m) => m.SearchScreen,
          ),
        },
        {
          path: 'exhibits/:uid',
          lazy: screen(
            () => import('./exhibit/ExhibitByUid'),
            (m) => m.ExhibitByUid,
          ),
        },
        {
          path: ':id',
          lazy: screen(
            () => import('./exhibition/ExhibitionScreen'),
            (m) => m.ExhibitionScreen,
          ),
        },
        {
          path: ':id/exhibits/:uid',
          lazy: screen(
            () => import('./exhibit/ExhibitScreen'),
            (m) => m.ExhibitScreen,
          ),
        },
      ],
    },
  ],
  screens: [
    {
      path: 'show',
      lazy: screen(
        () => import('./show/ShowScreen'),
        (m) => m.ShowScreen,
      ),
    },
  ],
  settings: [
    {
      key: 'exhibitions.showIds',
      kind: 'choices',
      labelKey: 'settings.showIds',
      hintKey: 'settings.showIdsHint',
      choices: {
        queryKey: ['exhibitions', 'list'],
        load: async (language) =>
          (await invoke('exhibitions.list', {})).map((c) => ({
            value: c.id,
            label: pickText(c.title, language).text,
          })),
      },
    },
    {
      key: 'exhibitions.showSeconds',
      kind: 'number',
      labelKey: 'settings.showSeconds',
      hintKey: 'settings.showSecondsHint',
      maxLength: 3,
    },
  ],
  staffNamespaces: ['exhibitions-studio'],
  staffSections: [
    {
      id: 'studio',
      titleKey: 'staff.studio',
      role: 'curator',
      lazy: () => import('../exhibitions-studio/StudioSection'),
    },
    {
      id: 'stats',
      titleKey: 'staff.stats',
      role: 'curator',
      lazy: () => import('../exhibitions-studio/StatsSection'),
    },
  ],
  contentKinds: {
    [EXHIBITION_KIND]: {
      nameKey: 'publishing.exhibition',
      fieldKeys: {
        title: 'publishing.fields.title',
        subtitle: 'publishing.fields.subtitle',
        intro: 'publishing.fields.intro',
        cover: 'publishing.fields.cover',
        sections: 'publishing.fields.sections',
        exhibits: 'publishing.fields.exhibits',
        highlights: 'publishing.fields.highlights',
      },
    },
  },
  counterLabels: { 'exhibitions.visits': 'counters.visits', 'exhibitions.plays': 'counters.plays' },
  highlights: [{ id: 'history', titleKey: 'highlight.title', textKey: 'highlight.text', Art: ExhibitionArt }],
  liveHighlights: highlightSlides,
  linkPath(kind, id) {
    switch (kind) {
      case 'exhibition': {
        const n = idParam(id);
        return n === null ? null : exhibitionsPaths.exhibition(n);
      }
      case 'exhibit': {
        const uid = uidParam(id);
        return uid === null ? null : exhibitionsPaths.exhibitByUid(uid);
      }
      default:
        return null;
    }
  },
};
