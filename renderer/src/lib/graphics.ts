/** What a WebGL renderer is called when nothing but the processor draws the screen. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|basic render|software/i;

/**
 * Whether this screen has WebGL, and whether the processor draws it (SwiftShader, llvmpipe: a
 * kiosk PC without its display driver). No WebGL at all counts as no acceleration.
 */
export function webglSupport(): { webgl: boolean; software: boolean } {
  const gl = document.createElement('canvas').getContext('webgl');
  if (!gl) return { webgl: false, software: true };
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { webgl: true, software: SOFTWARE.test(renderer) };
}
