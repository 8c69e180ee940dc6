import { StarMark } from '../../../../renderer/src/components/icons';
import type { AreaModule } from '../../../../renderer/src/features/registry';

/** The renderer side of the test area: a tile, a setting in 系统设置, a counter label, links to its notes. */
export const demoArea: AreaModule = {
  id: 'demo',
  namespace: 'demo',
  tile: { titleKey: 'tile.title', subtitleKey: 'tile.subtitle', Icon: StarMark },
  routes: [],
  counterLabels: { 'demo.notes': 'counters.notes' },
  settings: [{ key: 'demo.greeting', kind: 'text', labelKey: 'settings.greeting', maxLength: 20 }],
  linkPath: (kind, id) => (kind === 'note' && /^\d+$/.test(id) ? `/areas/demo/notes/${id}` : null),
};
