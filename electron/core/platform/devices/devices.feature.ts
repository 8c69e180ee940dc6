import { devicesApi } from '../../../shared/devices.api';
import { devicesErrors } from '../../../shared/devices.errors';
import type { Feature } from '../../context';
import { devicesHandlers } from './devices.handlers';
import { m001Devices } from './migrations/001-devices';

/** Screens on the centre's LAN paired with the hub: one-time codes, named devices, revocation. */
export const devicesFeature: Feature = {
  id: 'devices',
  area: false,
  api: devicesApi,
  errors: devicesErrors,
  migrations: [m001Devices],
  handlers: devicesHandlers,
};
