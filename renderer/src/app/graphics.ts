import { webglSupport } from '../lib/graphics';

/**
 * Marks `<html data-motion="calm">` when drawing in software, after the first screen is up so
 * it costs the start nothing; stylesheets then stop their endless decorative animations.
 */
export function calmMotionWithoutAcceleration(): void {
  requestIdleCallback(
    () => {
      if (webglSupport().software) document.documentElement.dataset.motion = 'calm';
    },
    { timeout: 2000 },
  );
}
