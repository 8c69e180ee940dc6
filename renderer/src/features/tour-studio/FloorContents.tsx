import { useTranslation } from 'react-i18next';
import type { FloorPlan, PlanText } from '../../../../electron/shared/tour.types';
import type { Selection } from './plan-edit';

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
  const entries: { sel: Selection; text: string }[] = [
    ...floor.rooms.map((r, index) => ({ sel: { kind: 'room' as const, index }, text: zh(r.name) })),
    ...floor.hotspots.map((h, index) => ({
      sel: { kind: 'hotspot' as const, index },
      text: h.link
        ? t(
            `hotspot.kinds.${h.link.area === 'venues' ? 'room' : h.link.area === 'library' ? 'shelf' : 'exhibition'}`,
          )
        : zh(h.label),
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
