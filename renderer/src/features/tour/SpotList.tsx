import { useTranslation } from 'react-i18next';
import type { ShownPlan } from '../../../../electron/shared/tour.types';
import { pickText } from '../../lib/shown-text';
import { Pin } from './Pin';
import type { TourSpot } from './tour-spots';

/**
 * Every hotspot as a list beside the canvas, floor by floor: for screen readers, and for visitors
 * who would rather pick from a list. The same buttons as on the canvas and the plan.
 */
export function SpotList(props: {
  plan: ShownPlan;
  spots: readonly TourSpot[];
  current: string | null;
  onOpen: (spot: TourSpot) => void;
}) {
  const { plan, spots, current, onOpen } = props;
  const { t, i18n } = useTranslation('tour');
  return (
    <nav className="tour-list" aria-labelledby="tour-list-title">
      <h2 id="tour-list-title">{t('list.title')}</h2>
      <p className="tour-list-hint">{t('list.hint')}</p>
      {plan.floors.map((floor) => (
        <section key={floor.id} aria-labelledby={`tour-list-${floor.id}`}>
          <h3 id={`tour-list-${floor.id}`}>{pickText(floor.name, i18n.language).text}</h3>
          <ul>
            {spots
              .filter((s) => s.floor === floor.id)
              .map((s) => (
                <li key={s.id}>
                  <Pin spot={s} onOpen={onOpen} current={s.id === current} variant="row" />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
