import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Hongyi';

/**
 * Where a data folder lives when none is given: the same place Electron's `userData` points to
 * for an app named Hongyi, so the kiosk and browser mode share one database.
 */
export function defaultDataDir(): string {
  if (process.env.HONGYI_DATA_DIR) return path.resolve(process.env.HONGYI_DATA_DIR);
  const home = os.homedir();
  if (process.platform === 'win32')
    return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}
