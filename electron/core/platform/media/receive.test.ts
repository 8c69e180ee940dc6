import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../errors';
import { streamToFile } from './receive';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function workDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-receive-'));
  dirs.push(dir);
  return dir;
}

const refuseAtEnd = {
  chunk: () => null,
  end: () => new DomainError('media_unknown_type', 'not a picture'),
  stopped: () => new Error('stopped'),
};

describe('streamToFile', () => {
  it('writes the stream and answers once the file is closed', async () => {
    const dir = workDir();
    const file = path.join(dir, 'upload');
    const bytes = await streamToFile(Readable.from([Buffer.from('abc'), Buffer.from('def')]), file, {
      ...refuseAtEnd,
      end: () => null,
    });
    expect(bytes).toBe(6);
    expect(fs.readFileSync(file, 'utf8')).toBe('abcdef');
  });

  // A refusal that came while the file was still being opened used to answer before the open
  // ended: the file then appeared after the answer, in a folder its caller was removing (ENOTEMPTY).
  it('refuses only once the file is closed: nothing appears in the folder afterwards', async () => {
    for (let i = 0; i < 40; i++) {
      const dir = workDir();
      // Its whole body already there, as a small request's is: the end comes before the open ends.
      const source = new Readable({ read() {} });
      source.push(Buffer.from('<!doctype html>'));
      source.push(null);
      const refused = streamToFile(source, path.join(dir, 'upload'), refuseAtEnd);
      await expect(refused).rejects.toMatchObject({ code: 'media_unknown_type' });
      const atAnswer = fs.readdirSync(dir);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(fs.readdirSync(dir)).toEqual(atAnswer);
    }
  });

  it('answers the error for a source that stops before its end', async () => {
    const dir = workDir();
    const source = new Readable({ read() {} });
    const stopped = streamToFile(source, path.join(dir, 'upload'), refuseAtEnd);
    source.push(Buffer.from('half'));
    source.destroy();
    await expect(stopped).rejects.toThrow('stopped');
  });
});
