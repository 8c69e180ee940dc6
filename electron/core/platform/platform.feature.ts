import { platformApi } from '../../shared/platform.api';
import { platformErrors } from '../../shared/platform.errors';
import { platformSettings } from '../../shared/platform.settings';
import type { Feature } from '../context';
import { authHandlers } from './auth/auth.handlers';
import { backupsHandlers } from './backups/backups.handlers';
import { kioskHandlers } from './kiosk/kiosk.handlers';
import { linksHandlers } from './links/links.handlers';
import { m001Platform } from './migrations/001-platform';
import { m002RequestsAuditAreaUids } from './migrations/002-requests-audit-area-uids';
import { organisationsHandlers } from './organisations/organisations.handlers';
import { settingsHandlers } from './settings/settings.handlers';
import { writeSettings } from './settings/settings.repo';

export const platformFeature: Feature = {
  id: 'platform',
  area: false,
  api: platformApi,
  errors: platformErrors,
  settings: platformSettings,
  migrations: [m001Platform, m002RequestsAuditAreaUids],
  handlers: {
    ...authHandlers,
    ...settingsHandlers,
    ...kioskHandlers,
    ...linksHandlers,
    ...backupsHandlers,
    ...organisationsHandlers,
  },
  seed(db) {
    writeSettings(db, { 'centre.name': '星湖科技园党群服务中心' });
  },
};
