import { useTranslation } from 'react-i18next';
import type { Counter } from '../../../../electron/shared';
import { AREAS, areaKey } from '../../features/registry';
import { useCounters } from '../../lib/queries';

const AREA_LABELS = new Map(
  AREAS.flatMap((area) =>
    Object.entries(area.counterLabels ?? {}).map(
      ([key, label]) => [key, areaKey(area.namespace, label)] as const,
    ),
  ),
);

/** Digits stand out from the words around them, whatever the language puts first. */
function Emphasised({ text }: { text: string }) {
  return (
    <>
      {text.split(/(\d[\d,.\u00a0\u202f]*)/).map((part, i) =>
        i % 2 === 1 ? (
          <strong key={i} className="counter-number">
            {part}
          </strong>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** The centre's counters: the platform's visits and whatever each area counts (loans, readers). */
export function Counters() {
  const { t } = useTranslation();
  const counters = useCounters().data ?? [];
  const label = (c: Counter): string | null => {
    if (c.key === 'platform.visits') return t('attract.counters.visits', { count: c.value });
    const area = AREA_LABELS.get(c.key);
    return area ? t(area, { count: c.value, defaultValue: '' }) || null : null;
  };
  const shown = counters.flatMap((c) => {
    const text = label(c);
    return text ? [{ key: c.key, text }] : [];
  });
  if (shown.length === 0) return null;
  return (
    <ul className="counters" aria-label={t('attract.countersLabel')}>
      {shown.map((c) => (
        <li key={c.key} className="counter">
          <Emphasised text={c.text} />
        </li>
      ))}
    </ul>
  );
}
