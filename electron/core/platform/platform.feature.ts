import type { Feature } from '../context';
import { authHandlers } from './auth/auth.handlers';
import { backupsHandlers } from './backups/backups.handlers';
import { kioskHandlers } from './kiosk/kiosk.handlers';
import { m001Platform } from './migrations/001-platform';
import { settingsHandlers } from './settings/settings.handlers';
import { writeSettings } from './settings/settings.repo';

export const platformFeature: Feature = {
  id: 'platform',
  area: false,
  migrations: [m001Platform],
  handlers: { ...authHandlers, ...settingsHandlers, ...kioskHandlers, ...backupsHandlers },
  seed(db) {
    writeSettings(db, { 'centre.name': '星湖科技园党群服务中心' });
  },
};
