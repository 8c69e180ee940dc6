import { exhibitionsApi } from '../../../shared/exhibitions.api';
import { exhibitionsErrors } from '../../../shared/exhibitions.errors';
import { exhibitionsSettings } from '../../../shared/exhibitions.settings';
import type { Feature } from '../../context';
import { exhibitionKind } from './content/exhibition.kind';
import { exhibitionsHandlers } from './exhibitions.handlers';
import { exhibitionsCounters, exhibitionsLinks, exhibitionsMediaRefs } from './exhibitions.stats';
import { m001Exhibitions } from './migrations/001-exhibitions';
import { m002SearchAndCounts } from './migrations/002-search-and-counts';
import { m003ExhibitHighlight } from './migrations/003-exhibit-highlight';
import { seedDemoExhibitions } from './seed/demo-seed';

/**
 * 园区历史展, the park's history: exhibitions of sections and exhibits, built by curators as
 * drafts and shown to visitors only as versions a reviewer approved (platform publishing).
 */
export const exhibitionsFeature: Feature = {
  id: 'exhibitions',
  area: true,
  api: exhibitionsApi,
  errors: exhibitionsErrors,
  settings: exhibitionsSettings,
  migrations: [m001Exhibitions, m002SearchAndCounts, m003ExhibitHighlight],
  handlers: exhibitionsHandlers,
  counters: exhibitionsCounters,
  links: exhibitionsLinks,
  mediaRefs: exhibitionsMediaRefs,
  contentKinds: [exhibitionKind],
  seedMedia: seedDemoExhibitions,
};
