import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { StaffRole } from '../../../electron/shared';
import type { InputMethod } from '../components/keyboard/input-method';
import { libraryArea } from './library/library.area';

/** Keys below are keys of the area's own namespace (its `locales/<lng>.json`). */
export interface StaffSection {
  /** The URL segment: the section opens at `/staff/areas/<area id>/<id>`. */
  id: string;
  titleKey: string;
  /** The role it needs; an admin holds every role. */
  role: StaffRole;
  /** Loaded when opened, so staff screens never weigh on the visitor's first paint. */
  lazy: () => Promise<{ Component: ComponentType }>;
}

/** How the review screen names a kind of content and the fields its versions show (keys of the area's namespace). */
export interface ContentKindLabels {
  nameKey: string;
  /** `PresentedField.field` → key. */
  fieldKeys: Record<string, string>;
}

export interface AreaModule {
  /** The id of the core feature; the tile shows only when `kiosk.info.areas` lists it. */
  id: string;
  /** The i18n namespace: the name of the area's folder under `features/`. */
  namespace: string;
  tile: {
    titleKey: string;
    subtitleKey: string;
    Icon: ComponentType<{ className?: string }>;
  };
  /**
   * Routes under `/areas/<id>`; give them `lazy` so heavy parts load only when opened. Start query
   * keys with the core domain (e.g. `['library', ...]`): a `data.changed` event refetches them.
   */
  routes: RouteObject[];
  staffSections?: StaffSection[];
  /** Attract-screen labels for counter keys from `kiosk.counters`, each with `{{count}}`. */
  counterLabels?: Record<string, string>;
  /** Input methods this area brings to the on-screen keyboard (the reading room: pinyin). */
  inputMethods?: InputMethod[];
  /** Labels of the content this area sends for review before publish, by kind (`library.readingList`). */
  contentKinds?: Record<string, ContentKindLabels>;
}

/** Every area the renderer knows, one line each. */
export const AREAS: readonly AreaModule[] = [libraryArea];

/** The areas to show: those core reports as registered, in core's home-screen order. */
export function visibleAreas(registered: readonly AreaModule[], coreAreas: readonly string[]): AreaModule[] {
  return coreAreas.flatMap((id) => registered.filter((area) => area.id === id));
}

/** An area's own key as i18next finds it: `<namespace>:<key>`. */
export function areaKey(namespace: string, key: string): string {
  return `${namespace}:${key}`;
}

export const INPUT_METHODS: readonly InputMethod[] = AREAS.flatMap((area) => area.inputMethods ?? []);
