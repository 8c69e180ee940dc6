import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing';
import { dropStalePending, swapInFile, type SwapStep } from './swap-file';

const STEPS: SwapStep[] = ['copied', 'synced', 'kept', 'swapped'];

function folder() {
  const dir = tempDir();
  const target = path.join(dir, 'live.sqlite');
  const source = path.join(dir, 'backup.sqlite');
  const keptDir = path.join(dir, 'replaced');
  fs.writeFileSync(target, 'old');
  fs.writeFileSync(source, 'new');
  return { dir, target, source, keptDir };
}

describe('swapInFile', () => {
  it('puts the new file in place and keeps the old one under its own name', () => {
    const { target, source, keptDir } = folder();
    fs.writeFileSync(`${target}-wal`, 'old log');
    const kept = swapInFile(source, target, keptDir, 'old');
    expect(kept).toBe('old.sqlite');
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(fs.readFileSync(path.join(keptDir, 'old.sqlite'), 'utf8')).toBe('old');
    // The old file's log goes with it: beside the new file SQLite would replay it.
    expect(fs.existsSync(`${target}-wal`)).toBe(false);
    expect(fs.readFileSync(path.join(keptDir, 'old.sqlite-wal'), 'utf8')).toBe('old log');
    expect(fs.readdirSync(path.dirname(target)).sort()).toEqual(['backup.sqlite', 'live.sqlite', 'replaced']);
    expect(swapInFile(source, target, keptDir, 'old')).toBe('old-2.sqlite');
  });

  it.each(STEPS)('stopped after "%s" (a crash), leaves the old file or the new one, never none', (stop) => {
    const { target, source, keptDir } = folder();
    expect(() =>
      swapInFile(source, target, keptDir, 'old', (done) => {
        if (done === stop) throw new Error('crash');
      }),
    ).toThrow('crash');
    const now = fs.readFileSync(target, 'utf8');
    expect(now).toBe(stop === 'swapped' ? 'new' : 'old');
    // Whatever happened, the old bytes are somewhere: in place, or in the kept folder.
    const keptFiles = fs.existsSync(keptDir) ? fs.readdirSync(keptDir) : [];
    if (now === 'new')
      expect(keptFiles.map((f) => fs.readFileSync(path.join(keptDir, f), 'utf8'))).toContain('old');
    // A second name of the live file left behind is dropped at the next start; a kept file is not.
    dropStalePending(keptDir, target);
    if (now === 'old') expect(fs.existsSync(keptDir) ? fs.readdirSync(keptDir) : []).toEqual([]);
    else expect(fs.readdirSync(keptDir)).toHaveLength(1);
  });
});
