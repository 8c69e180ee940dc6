import fs from 'node:fs';
import path from 'node:path';
import log from 'electron-log/node';
import { describe, expect, it } from 'vitest';
import { boundedLogger, MAX_ENTRY_CHARS } from '../core/log';
import { tempDir } from '../core/testing';
import { configureLogFile } from './log-file';

// electron-log's node transport: the one its main-process logger writes files with (no Electron here).
describe('the log file', () => {
  it('rotates into one old file, so the logs never pass twice the cap', () => {
    const dataDir = tempDir();
    const logger = log.create({ logId: 'rotation-test' });
    logger.transports.console.level = false;
    const cap = 64 * 1024;
    configureLogFile(logger.transports.file, dataDir, cap);
    const bounded = boundedLogger({
      info: (m, ...r) => logger.info(m, ...r),
      warn: (m, ...r) => logger.warn(m, ...r),
      error: (m, ...r) => logger.error(m, ...r),
    });
    // A renderer in an error loop, with reports far longer than an entry may be.
    for (let i = 0; i < 200; i++) bounded.error(`Renderer error ${i}`, 'x'.repeat(3 * MAX_ENTRY_CHARS));
    const dir = path.join(dataDir, 'logs');
    expect(fs.readdirSync(dir).sort()).toEqual(['main.log', 'main.old.log']);
    const total = fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
    expect(total).toBeLessThanOrEqual(2 * cap + 2 * (MAX_ENTRY_CHARS + 200));
    expect(fs.readFileSync(path.join(dir, 'main.log'), 'utf8')).toMatch(
      /Renderer error 199 x+ … \(\d+ more characters\)/,
    );
  });
});
