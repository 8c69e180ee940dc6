import fs from 'node:fs';
import path from 'node:path';

// How the kiosk draws on a PC without a graphics driver. Chromium then draws WebGL, and by default
// also composites every frame of the page, through SwiftShader (the processor as a GPU): measured
// here, the tour's frames take 50–250 ms so, and 17–100 ms when the page is composited in software
// instead (README, "3D 导览" figures). The choice must be made before Chromium starts, and what the
// machine has is known only after: the shell remembers the answer in the data folder and restarts
// once when it changes (the first start on such a PC, or the day a driver is installed).

/** The file in the data folder that keeps the choice. */
export const GRAPHICS_FILE = 'graphics.json';

/** SwiftShader's PCI ids as Chromium reports them (Google, 0xC0DE). */
const SWIFTSHADER = { vendorId: 0x1ae0, deviceId: 0xc0de };

/** What `app.getGPUInfo('basic')` answers, as far as the choice needs it. */
export interface GpuBasicInfo {
  auxAttributes?: { softwareRendering?: boolean };
  gpuDevice?: { active?: boolean; vendorId?: number; deviceId?: number }[];
}

export interface GraphicsChoice {
  /** Start Chromium with `--disable-gpu-compositing`. */
  softwareCompositing: boolean;
  /** Why, for the log and a person reading the file. */
  reason: string;
  decidedAt: string;
}

/**
 * Whether the GPU Chromium found is the processor: it says so (`softwareRendering`), its active
 * device is SwiftShader, or it found no device with a vendor at all (a driverless VM, Mesa llvmpipe).
 */
export function softwareGpu(info: GpuBasicInfo): { software: boolean; reason: string } {
  if (info.auxAttributes?.softwareRendering === true)
    return { software: true, reason: 'Chromium reports software rendering' };
  const devices = info.gpuDevice ?? [];
  const active = devices.find((d) => d.active) ?? devices[0];
  if (active?.vendorId === SWIFTSHADER.vendorId && active.deviceId === SWIFTSHADER.deviceId)
    return { software: true, reason: 'the GPU is SwiftShader' };
  if (!active || !active.vendorId) return { software: true, reason: 'no graphics device found' };
  const hex = (n: number | undefined) => `0x${(n ?? 0).toString(16).padStart(4, '0')}`;
  return { software: false, reason: `graphics device ${hex(active.vendorId)}:${hex(active.deviceId)}` };
}

/** The choice kept in the data folder; null when none was made yet or the file is unreadable. */
export function readGraphicsChoice(dataDir: string): GraphicsChoice | null {
  try {
    const saved: unknown = JSON.parse(fs.readFileSync(path.join(dataDir, GRAPHICS_FILE), 'utf8'));
    if (typeof saved !== 'object' || saved === null) return null;
    const { softwareCompositing, reason, decidedAt } = saved as Record<string, unknown>;
    if (typeof softwareCompositing !== 'boolean') return null;
    return {
      softwareCompositing,
      reason: typeof reason === 'string' ? reason : '',
      decidedAt: typeof decidedAt === 'string' ? decidedAt : '',
    };
  } catch {
    // No file yet, or one cut short: decided again at this start.
    return null;
  }
}

/** Writes the choice whole or not at all (a copy renamed over the file). */
export function writeGraphicsChoice(dataDir: string, choice: GraphicsChoice): void {
  const file = path.join(dataDir, GRAPHICS_FILE);
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(choice, null, 2)}\n`);
  fs.renameSync(`${file}.tmp`, file);
}

/**
 * The choice for this machine given what Chromium found, and whether to restart now for it to take
 * effect; null when the kept choice still holds. `relaunched`: this start is that restart (never twice).
 */
export function nextGraphicsChoice(
  kept: GraphicsChoice | null,
  info: GpuBasicInfo,
  now: Date,
  relaunched: boolean,
): { choice: GraphicsChoice; relaunch: boolean } | null {
  const { software, reason } = softwareGpu(info);
  if (kept && kept.softwareCompositing === software) return null;
  // A first start on a PC with a driver has nothing to change: GPU compositing is Chromium's default.
  const changesNow = software || kept !== null;
  return {
    choice: { softwareCompositing: software, reason, decidedAt: now.toISOString() },
    relaunch: changesNow && !relaunched,
  };
}
