import { imeApi } from '../../../shared/ime.api';
import type { Feature } from '../../context';
import { imeHandlers } from './ime.handlers';

/** The pinyin input method of the on-screen keyboard. No tables: its words come from the other features. */
export const imeFeature: Feature = {
  id: 'ime',
  area: false,
  api: imeApi,
  migrations: [],
  handlers: imeHandlers,
};
