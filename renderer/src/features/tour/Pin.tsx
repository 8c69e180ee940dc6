import { useTranslation } from 'react-i18next';
import type { LinkState } from '../../../../electron/shared/platform.api';
import { spotName } from './spot-name';
import { toneOf, type TourSpot } from './tour-spots';

/** How a room stands now, in words: "空闲，到 17:00", "使用中，到 15:00", "暂停开放". */
export function useStateText(): (state: LinkState) => string {
  const { t } = useTranslation('tour');
  return (s) => {
    if (s.now === 'free') return s.until ? t('state.freeUntil', { time: s.until }) : t('state.free');
    if (s.now === 'busy') return s.until ? t('state.busyUntil', { time: s.until }) : t('state.busy');
    return s.until ? t('state.closedUntil', { time: s.until }) : t('state.closed');
  };
}

/** What comes next in a room today, in words, or null. */
export function useNextText(): (state: LinkState) => string | null {
  const { t } = useTranslation('tour');
  return (s) =>
    s.next
      ? s.next.title
        ? t('state.next', { title: s.next.title, time: s.next.start })
        : t('state.nextRequest', { time: s.next.start })
      : null;
}

/**
 * A hotspot's button. On the canvas and the plan (`marker`) it is a numbered disc in the colour of
 * its room's state (free, in use, closed) or of its kind, named in full for screen readers; in the
 * list (`row`) the same number with its name and state written out.
 */
export function Pin(props: {
  spot: TourSpot;
  onOpen: (spot: TourSpot) => void;
  variant: 'marker' | 'row';
  current?: boolean;
  style?: React.CSSProperties;
}) {
  const { spot, onOpen, variant, current, style } = props;
  const { t, i18n } = useTranslation('tour');
  const stateText = useStateText();
  const name = spotName(spot, i18n.language, t(`kind.${spot.kind}`));
  const state = spot.state ? stateText(spot.state) : null;
  return (
    <button
      type="button"
      className={`tour-pin tour-pin-${variant} tour-tone-${toneOf(spot)}${current ? ' tour-pin-current' : ''}`}
      style={style}
      disabled={spot.gone}
      aria-current={current ? 'step' : undefined}
      aria-label={variant === 'marker' ? [name.text, state].filter(Boolean).join('，') : undefined}
      data-spot={spot.id}
      onClick={() => onOpen(spot)}
    >
      <span className="tour-pin-n" aria-hidden={variant === 'row'}>
        {spot.n}
      </span>
      {variant === 'row' && (
        <span className="tour-pin-text">
          <span lang={name.lang}>{name.text}</span>
          {state && <small className="tour-pin-state">{state}</small>}
        </span>
      )}
    </button>
  );
}
