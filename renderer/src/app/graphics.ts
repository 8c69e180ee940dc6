/** What a WebGL renderer is called when nothing but the processor draws the screen. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|basic render|software/i;

/**
 * Whether the screen is drawn without graphics acceleration. A kiosk PC with a missing display
 * driver composites every frame on the processor: one endless decorative animation there keeps a
 * core busy all day. No WebGL at all counts as no acceleration.
 */
export function drawsInSoftware(): boolean {
  const gl = document.createElement('canvas').getContext('webgl');
  if (!gl) return true;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return SOFTWARE.test(renderer);
}

/**
 * Marks `<html data-motion="calm">` when drawing in software, after the first screen is up so
 * it costs the start nothing; stylesheets then stop their endless decorative animations.
 */
export function calmMotionWithoutAcceleration(): void {
  requestIdleCallback(
    () => {
      if (drawsInSoftware()) document.documentElement.dataset.motion = 'calm';
    },
    { timeout: 2000 },
  );
}
