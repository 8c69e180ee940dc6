import { publishingApi } from '../../../shared/publishing.api';
import { publishingErrors } from '../../../shared/publishing.errors';
import type { Feature } from '../../context';
import { m001Publishing } from './migrations/001-publishing';
import { publishingHandlers } from './publishing.handlers';

/**
 * Review before publish, the platform's: areas plug their content in through
 * `Feature.contentKinds` (see content-kind.ts). Registered before the areas, so an area's
 * migration can bring its older content into these tables.
 */
export const publishingFeature: Feature = {
  id: 'publishing',
  area: false,
  api: publishingApi,
  errors: publishingErrors,
  migrations: [m001Publishing],
  handlers: publishingHandlers,
};
