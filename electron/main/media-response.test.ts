import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MediaStore } from '../core/platform/media/media-store';
import { tempDir } from '../core/testing';
import { mediaResponse } from './media-response';

const ID = 'cd'.repeat(32);

function store(): MediaStore {
  const media = new MediaStore(path.join(tempDir(), 'media'));
  fs.mkdirSync(media.dirOf(ID));
  fs.writeFileSync(path.join(media.dirOf(ID), 'original.mp4'), Buffer.from('0123456789'.repeat(10)));
  return media;
}

describe('app://kiosk/media/ (the protocol handler without Electron)', () => {
  it('answers with the shared file server as a fetch Response, ranges included', async () => {
    const media = store();
    const whole = await mediaResponse(media, new Request(`app://kiosk/media/${ID}`));
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await whole.text()).toHaveLength(100);

    const part = await mediaResponse(
      media,
      new Request(`app://kiosk/media/${ID}`, { headers: { Range: 'bytes=10-19' } }),
    );
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 10-19/100');
    expect(await part.text()).toBe('0123456789');

    const none = await mediaResponse(
      media,
      new Request(`app://kiosk/media/${ID}`, { headers: { Range: 'bytes=100-' } }),
    );
    expect(none.status).toBe(416);
  });

  it('finds nothing outside the store', async () => {
    const media = store();
    for (const p of [
      `/media/${ID}/thumb`,
      '/media/..%2F..%2Fhongyi.sqlite',
      `/media/${ID}%2F..`,
      '/media/',
    ]) {
      expect((await mediaResponse(media, new Request(`app://kiosk${p}`))).status, p).toBe(404);
    }
  });
});
