import { signInApi } from '../../../shared/sign-in.api';
import type { Feature } from '../../context';
import { m001PinLocks } from './migrations/001-pin-locks';
import { securityHandlers } from './security.handlers';

/** Sign-in's locks per account and scope, and the admin's notice of sign-in trouble. */
export const signInFeature: Feature = {
  id: 'sign-in',
  area: false,
  api: signInApi,
  migrations: [m001PinLocks],
  handlers: securityHandlers,
};
