import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_TEMPLATE_ENV, startHost } from './host';

/**
 * Seeds the demo centre once for the whole run: a host starts on a fresh folder (the demo is
 * written on its first start) and stops; every later demo host starts on a copy of that folder.
 * The workers inherit the variable.
 */
export default async function globalSetup(): Promise<() => void> {
  const template = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-e2e-demo-'));
  const seeding = await startHost({ dataDir: template });
  await seeding.stop();
  process.env[DEMO_TEMPLATE_ENV] = template;
  return () => fs.rmSync(template, { recursive: true, force: true });
}
