import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LinkTarget } from '../../../../electron/shared/platform.api';
import type { FloorPlan, PlanText } from '../../../../electron/shared/tour.types';
import { invoke } from '../../lib/api';
import type { Selection } from './plan-edit';

const kindOfLink = (l: LinkTarget) =>
  l.area === 'venues' ? 'room' : l.area === 'library' ? 'shelf' : 'exhibition';

type Floor = FloorPlan['floors'][number];

const zh = (text: PlanText | undefined) =>
  text === undefined ? '' : typeof text === 'string' ? text : text['zh-CN'];

/**
 * Everything on the floor as a list of buttons that select it: the drawing's way in for a screen
 * reader or a keyboard, and for a thing too small to tap on the drawing.
 */
export function FloorContents(props: {
  floor: Floor;
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
}) {
  const { floor, selection, onSelect } = props;
  const { t } = useTranslation('tour-studio');
  // A linked hotspot goes by the name of what it opens, as the other area names it.
  const targets = floor.hotspots.flatMap((h) => (h.link ? [h.link] : []));
  const titles = useQuery({
    queryKey: ['links', 'resolve', targets],
    queryFn: () => invoke('links.resolve', { targets }),
    enabled: targets.length > 0,
  });
  const titleOf = (link: LinkTarget) =>
    titles.data?.find((r) => r.area === link.area && r.kind === link.kind && r.id === link.id)?.title ??
    t(`hotspot.kinds.${kindOfLink(link)}`);
  const entries: { sel: Selection; text: string }[] = [
    ...floor.rooms.map((r, index) => ({ sel: { kind: 'room' as const, index }, text: zh(r.name) })),
    ...floor.hotspots.map((h, index) => ({
      sel: { kind: 'hotspot' as const, index },
      text: h.link ? titleOf(h.link) : zh(h.label),
    })),
    ...floor.items.map((it, index) => ({
      sel: { kind: 'item' as const, index },
      text: t(`items.${it.kind}`),
    })),
    ...floor.walls.map((w, index) => ({
      sel: { kind: 'wall' as const, index },
      text: t('wall.length', { length: Math.hypot(w.to[0] - w.from[0], w.to[1] - w.from[1]).toFixed(1) }),
    })),
  ];
  return (
    <details className="tour-studio-contents">
      <summary>{t('contents.heading', { count: entries.length })}</summary>
      <ul>
        {entries.map(({ sel, text }) => (
          <li key={`${sel.kind}-${sel.index}`}>
            <button
              type="button"
              className="btn btn-quiet"
              aria-pressed={selection?.kind === sel.kind && selection.index === sel.index}
              onClick={() => onSelect(sel)}
            >
              {t(`selected.${sel.kind}`, { n: sel.index + 1 })} {text}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
