import { TOUR_PLAN_KIND } from '../../../../electron/shared/tour.types';
import type { AreaModule } from '../registry';
import { TourIcon } from './tour-icons';

/** 3D 导览: the centre as a 3D model (or a 2D plan), whose hotspots lead into the other areas. */
export const tourArea: AreaModule = {
  id: 'tour',
  namespace: 'tour',
  tile: { titleKey: 'tile.title', subtitleKey: 'tile.subtitle', Icon: TourIcon },
  routes: [
    {
      index: true,
      lazy: async () => ({ Component: (await import('./TourScreen')).TourScreen }),
    },
  ],
  staffNamespaces: ['tour-studio'],
  staffSections: [
    {
      id: 'editor',
      titleKey: 'staff.editor',
      role: 'curator',
      lazy: async () => ({ Component: (await import('../tour-studio/PlanEditorSection')).Component }),
    },
  ],
  settings: [
    {
      key: 'tour.slowFrameMs',
      kind: 'number',
      labelKey: 'settings.slowFrameMs',
      hintKey: 'settings.slowFrameMsHint',
      maxLength: 4,
    },
  ],
  contentKinds: {
    [TOUR_PLAN_KIND]: {
      nameKey: 'publishing.plan',
      fieldKeys: {
        name: 'publishing.fields.name',
        floors: 'publishing.fields.floors',
        rooms: 'publishing.fields.rooms',
        hotspots: 'publishing.fields.hotspots',
        tour: 'publishing.fields.tour',
      },
    },
  },
};
