import { mediaApi } from '../../../shared/media.api';
import { mediaErrors } from '../../../shared/media.errors';
import { mediaSettings } from '../../../shared/media.settings';
import type { Feature } from '../../context';
import { mediaHandlers } from './media.handlers';
import { m001Media } from './migrations/001-media';
import { m002MediaModels } from './migrations/002-media-models';

/** The platform's media store: pictures, video and sound every area can use (core/platform/media). */
export const mediaFeature: Feature = {
  id: 'media',
  area: false,
  api: mediaApi,
  errors: mediaErrors,
  settings: mediaSettings,
  migrations: [m001Media, m002MediaModels],
  handlers: mediaHandlers,
};
