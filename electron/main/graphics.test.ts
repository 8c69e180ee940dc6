import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  GRAPHICS_FILE,
  nextGraphicsChoice,
  readGraphicsChoice,
  softwareGpu,
  writeGraphicsChoice,
  type GpuBasicInfo,
} from './graphics';

const NOW = new Date('2026-12-03T08:00:00.000Z');
const intel: GpuBasicInfo = {
  auxAttributes: { softwareRendering: false },
  gpuDevice: [{ active: true, vendorId: 0x8086, deviceId: 0x9bc4 }],
};
const swiftShader: GpuBasicInfo = { gpuDevice: [{ active: true, vendorId: 0x1ae0, deviceId: 0xc0de }] };

describe('the kiosk’s graphics choice', () => {
  const dirs: string[] = [];
  const tmp = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-graphics-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('knows the processor drawing as a GPU from what Chromium reports', () => {
    expect(softwareGpu(intel)).toEqual({ software: false, reason: 'graphics device 0x8086:0x9bc4' });
    expect(softwareGpu(swiftShader).software).toBe(true);
    expect(
      softwareGpu({ auxAttributes: { softwareRendering: true }, gpuDevice: intel.gpuDevice }).software,
    ).toBe(true);
    expect(softwareGpu({ gpuDevice: [{ active: true, vendorId: 0, deviceId: 0 }] }).software).toBe(true);
    expect(softwareGpu({}).reason).toBe('no graphics device found');
  });

  it('on the first start without a driver: software compositing, and one restart for it', () => {
    const next = nextGraphicsChoice(null, swiftShader, NOW, false);
    expect(next).toEqual({
      choice: { softwareCompositing: true, reason: 'the GPU is SwiftShader', decidedAt: NOW.toISOString() },
      relaunch: true,
    });
    // That restart finds the same machine: nothing changes, and it never restarts again.
    expect(nextGraphicsChoice(next!.choice, swiftShader, NOW, true)).toBeNull();
    expect(nextGraphicsChoice(null, swiftShader, NOW, true)?.relaunch).toBe(false);
  });

  it('with a driver: nothing to restart for on a first start; a driver installed later undoes the choice', () => {
    expect(nextGraphicsChoice(null, intel, NOW, false)).toMatchObject({
      choice: { softwareCompositing: false },
      relaunch: false,
    });
    const kept = { softwareCompositing: true, reason: 'the GPU is SwiftShader', decidedAt: '' };
    expect(nextGraphicsChoice(kept, intel, NOW, false)).toMatchObject({
      choice: { softwareCompositing: false },
      relaunch: true,
    });
  });

  it('keeps the choice in the data folder, and reads a missing or broken file as no choice', () => {
    const dir = tmp();
    expect(readGraphicsChoice(dir)).toBeNull();
    const choice = {
      softwareCompositing: true,
      reason: 'the GPU is SwiftShader',
      decidedAt: NOW.toISOString(),
    };
    writeGraphicsChoice(dir, choice);
    expect(readGraphicsChoice(dir)).toEqual(choice);
    expect(fs.readdirSync(dir)).toEqual([GRAPHICS_FILE]);
    fs.writeFileSync(path.join(dir, GRAPHICS_FILE), '{"softwareCompositing": tr');
    expect(readGraphicsChoice(dir)).toBeNull();
    fs.writeFileSync(path.join(dir, GRAPHICS_FILE), '{"softwareCompositing": "yes"}');
    expect(readGraphicsChoice(dir)).toBeNull();
  });
});
