import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkTarget } from '../../../../electron/shared/platform.api';
import { PLAN_LIMITS, type FloorPlan } from '../../../../electron/shared/tour.types';
import { PhotosField } from '../../components/PhotosField';
import { Segmented } from '../../components/Segmented';
import { invoke } from '../../lib/api';
import { pickText } from '../../lib/shown-text';
import { PlanTextFields } from './PlanTextFields';

type Hotspot = FloorPlan['floors'][number]['hotspots'][number];
type Kind = 'room' | 'shelf' | 'exhibition' | 'info';

/** What a hotspot leads to; a new one, linked to nothing yet, offers rooms first. */
const kindOf = (h: Hotspot): Kind => {
  if (h.info) return 'info';
  if (!h.link || h.link.area === 'venues') return 'room';
  if (h.link.area === 'library') return 'shelf';
  return 'exhibition';
};

/**
 * What can be linked, by kind: the centre's rooms (venue booking), the reading room's shelves and
 * the exhibitions, as each area lists them for visitors. An area that is off offers none.
 */
function useChoices(kind: Kind, language: string): { target: LinkTarget; name: string }[] | null {
  const rooms = useQuery({
    queryKey: ['venues', 'list'],
    queryFn: () => invoke('venues.list', {}),
    enabled: kind === 'room',
  });
  const shelves = useQuery({
    queryKey: ['library', 'shelves'],
    queryFn: () => invoke('catalogue.shelves', {}),
    enabled: kind === 'shelf',
  });
  const exhibitions = useQuery({
    queryKey: ['exhibitions', 'list'],
    queryFn: () => invoke('exhibitions.list', {}),
    enabled: kind === 'exhibition',
  });
  const link = (area: string, k: string, id: number) => ({ area, kind: k, id: String(id) });
  switch (kind) {
    case 'room':
      return rooms.isPending
        ? null
        : (rooms.data ?? []).map((r) => ({ target: link('venues', 'room', r.id), name: r.name }));
    case 'shelf':
      return shelves.isPending
        ? null
        : (shelves.data ?? []).map((s) => ({ target: link('library', 'shelf', s.id), name: s.name }));
    case 'exhibition':
      return exhibitions.isPending
        ? null
        : (exhibitions.data ?? []).map((x) => ({
            target: link('exhibitions', 'exhibition', x.id),
            name: pickText(x.title, language).text,
          }));
    case 'info':
      return [];
  }
}

/**
 * A hotspot's target: a room, a shelf or an exhibition chosen from their lists (its name then
 * comes from what it links to, unless a label is written), or an information point's own text.
 */
export function HotspotFields(props: { hotspot: Hotspot; onChange: (hotspot: Hotspot) => void }) {
  const { hotspot, onChange } = props;
  const { t, i18n } = useTranslation('tour-studio');
  // The kind chosen stays chosen while nothing of it is picked yet (the editor keys this by hotspot).
  const [kind, setChosen] = useState<Kind>(() => kindOf(hotspot));
  const choices = useChoices(kind, i18n.language);
  const base = { id: hotspot.id, at: hotspot.at };

  const setKind = (next: Kind) => {
    if (next === kind) return;
    setChosen(next);
    onChange(next === 'info' ? { ...base, label: '', info: { text: '' } } : base);
  };
  const chosen = (target: LinkTarget) =>
    hotspot.link?.area === target.area && hotspot.link.kind === target.kind && hotspot.link.id === target.id;

  return (
    <div className="tour-studio-hotspot">
      <Segmented<Kind>
        label={t('hotspot.kind')}
        options={(['room', 'shelf', 'exhibition', 'info'] as const).map((k) => ({
          value: k,
          label: t(`hotspot.kinds.${k}`),
        }))}
        value={kind}
        onChange={setKind}
      />
      {kind === 'info' ? (
        <>
          <PlanTextFields
            legend={t('hotspot.label')}
            value={hotspot.label ?? ''}
            onChange={(label) => onChange({ ...hotspot, label })}
          />
          <PlanTextFields
            legend={t('hotspot.text')}
            value={hotspot.info?.text ?? ''}
            onChange={(text) => onChange({ ...hotspot, info: { ...hotspot.info, text } })}
          />
          <PhotosField
            legend={t('photos.legend')}
            max={PLAN_LIMITS.infoPhotos}
            value={hotspot.info?.photos ?? []}
            onChange={(photos) =>
              onChange({
                ...hotspot,
                info: { text: hotspot.info?.text ?? '', ...(photos.length > 0 ? { photos } : {}) },
              })
            }
          />
        </>
      ) : (
        <fieldset className="tour-studio-choices">
          <legend>{t(`hotspot.choose.${kind}`)}</legend>
          {!hotspot.link && <p className="form-error">{t('hotspot.unlinked')}</p>}
          {choices === null && <p>{t('loading')}</p>}
          {choices?.length === 0 && <p>{t('hotspot.none')}</p>}
          <ul>
            {choices?.map(({ target, name }) => (
              <li key={target.id}>
                <button
                  type="button"
                  className="btn btn-secondary"
                  aria-pressed={chosen(target)}
                  onClick={() => onChange({ ...base, link: target })}
                >
                  {name}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </div>
  );
}
