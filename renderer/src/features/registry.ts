import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { StaffRole } from '../../../electron/shared';
import { exhibitionsArea } from './exhibitions/exhibitions.area';
import { libraryArea } from './library/library.area';
import { tourArea } from './tour/tour.area';
import { venuesArea } from './venues/venues.area';

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

/**
 * A setting an area adds to 系统设置, in the area's own section; keys of its namespace. A text
 * setting is typed as words (pinyin first on a Chinese screen), a number on the number pad.
 */
export type AreaSetting =
  | { key: string; kind: 'toggle'; labelKey: string; hintKey?: string }
  | { key: string; kind: 'number' | 'text'; labelKey: string; hintKey?: string; maxLength: number }
  | {
      key: string;
      /** A list of ids ticked among the area's content (the exhibitions the show runs). */
      kind: 'choices';
      labelKey: string;
      hintKey?: string;
      /** What can be ticked, loaded when the section opens, labelled in the screen's language. */
      choices: {
        queryKey: readonly unknown[];
        load: (language: string) => Promise<{ value: number; label: string }[]>;
      };
    };

/** One attract-screen slide: a picture and two keys of the area's namespace. */
export interface AreaHighlight {
  id: string;
  titleKey: string;
  textKey: string;
  Art: ComponentType;
}

/**
 * An attract-screen slide an area makes from its content (a curator's pick), already in the
 * screen's language: the shell shows it after the area's own `highlights`.
 */
export interface LiveSlide {
  /** Unique within the area. */
  id: string;
  title: string;
  text: string;
  /** The language each is really in when not the screen's (English not written: 简体). */
  titleLang?: string;
  textLang?: string;
  /** A picture's URL, shown cropped to the slide's frame; null: the area's first highlight's art. */
  picture: string | null;
  /** Where a tap on the slide opens (a path under `/areas/<id>`), after the visit begins; null: home. */
  path: string | null;
}

/** The handle the shell gives an area's `screens`: the root layout shows them without the top bar. */
export interface FullScreenHandle {
  fullScreen: true;
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
  /**
   * Screens at the top (`#/<path>`) that fill the display with no top bar, for a big screen that
   * runs by itself (the exhibitions' show). They still sit behind the gate and the hidden exit;
   * what runs by itself holds the idle reset with `useIdleHold`.
   */
  screens?: RouteObject[];
  staffSections?: StaffSection[];
  /** The namespaces only its staff sections read: loaded with the first of them, not at start. */
  staffNamespaces?: readonly string[];
  /** Attract-screen labels for counter keys from `kiosk.counters`, each with `{{count}}`. */
  counterLabels?: Record<string, string>;
  /** Labels of the content this area sends for review before publish, by kind (`library.readingList`). */
  contentKinds?: Record<string, ContentKindLabels>;
  /** Its settings, edited in its own section of 系统设置 (labels in its namespace). */
  settings?: AreaSetting[];
  /** Its slides on the attract screen. */
  highlights?: AreaHighlight[];
  /**
   * Slides made from its content, after `highlights` in the rotation. Start the key with the core
   * domain, so a `data.changed` (a version approved) refetches them; the shell adds the language.
   */
  liveHighlights?: {
    queryKey: readonly unknown[];
    load: (language: string) => Promise<LiveSlide[]>;
  };
  /**
   * Where a link `{ area: id, kind, id }` to its content opens (a path under `/areas/<id>`), or
   * null for a kind it does not know. Whether the target still exists is core's `links.resolve`.
   */
  linkPath?(kind: string, id: string): string | null;
}

/** Every area the renderer knows, one line each. */
export const AREAS: readonly AreaModule[] = [libraryArea, exhibitionsArea, venuesArea, tourArea];

export const STAFF_NAMESPACES = AREAS.flatMap((area) => area.staffNamespaces ?? []);

/** The areas to show: those core reports as registered, in core's home-screen order. */
export function visibleAreas(registered: readonly AreaModule[], coreAreas: readonly string[]): AreaModule[] {
  return coreAreas.flatMap((id) => registered.filter((area) => area.id === id));
}

/** An area's own key as i18next finds it: `<namespace>:<key>`. */
export function areaKey(namespace: string, key: string): string {
  return `${namespace}:${key}`;
}

/** Where a link to another area's content opens, or null when that area or kind is not here. */
export function linkPathOf(
  areas: readonly AreaModule[],
  target: { area: string; kind: string; id: string },
): string | null {
  return areas.find((a) => a.id === target.area)?.linkPath?.(target.kind, target.id) ?? null;
}
