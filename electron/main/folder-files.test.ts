import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOLDER_IMPORTS } from '../shared/transfer.types';
import { tempDir } from '../core/testing';
import { listFolder } from './folder-files';

const rule = FOLDER_IMPORTS['exhibitions.importFolder'];
if (!rule) throw new Error('exhibitions.importFolder takes no folder');

function folder(files: Record<string, string>): string {
  const dir = tempDir('hongyi-folder-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('the files a folder import takes from the chosen folder', () => {
  it('takes the first caption sheet in name order and every media file, subfolders included', async () => {
    const dir = folder({
      'b.JPG': 'b',
      'a.png': 'a',
      '说明.xlsx': 'sheet',
      '备用.csv': 'second sheet',
      'notes.txt': 'ignored',
      '1992/厂房.jpeg': 'c',
      '1992/口述.webm': 'v',
      '1992/深/录音.m4a': 's',
    });
    const listed = await listFolder(dir, rule);
    expect(listed).toEqual({
      sheet: path.join(dir, '备用.csv'),
      media: [
        path.join(dir, '1992/厂房.jpeg'),
        path.join(dir, '1992/口述.webm'),
        path.join(dir, '1992/深/录音.m4a'),
        path.join(dir, 'a.png'),
        path.join(dir, 'b.JPG'),
      ],
    });
  });

  it('skips symbolic links, so a folder cannot lead the import elsewhere or round in a loop', async () => {
    const outside = folder({ 'secret.jpg': 'x', 'other.csv': 'y' });
    const dir = folder({ 'a.jpg': 'a' });
    fs.symlinkSync(path.join(outside, 'secret.jpg'), path.join(dir, 'link.jpg'));
    fs.symlinkSync(path.join(outside, 'other.csv'), path.join(dir, 'link.csv'));
    fs.symlinkSync(outside, path.join(dir, 'elsewhere'));
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    expect(await listFolder(dir, rule)).toEqual({ sheet: null, media: [path.join(dir, 'a.jpg')] });
  });

  it('says too_many past the entries looked at or the media files the method takes', async () => {
    const dir = folder({ 'a.jpg': '', 'b.jpg': '', 'c.jpg': '', 'sub/d.txt': '', 'sub/e.txt': '' });
    expect(await listFolder(dir, rule, { entries: 100, media: 3 })).not.toBe('too_many');
    expect(await listFolder(dir, rule, { entries: 100, media: 2 })).toBe('too_many');
    expect(await listFolder(dir, rule, { entries: 5, media: 100 })).toBe('too_many');
    expect(await listFolder(dir, rule, { entries: 6, media: 100 })).not.toBe('too_many');
  });
});
