// What the browser offers Cytoscape's WebGL renderer, asked once per page.

let webgl2: { available: boolean; software: boolean } | undefined;
function probeWebgl2() {
  if (webgl2 === undefined) {
    try {
      const gl = typeof document !== 'undefined' ? document.createElement('canvas').getContext('webgl2') : null;
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
      webgl2 = { available: !!gl, software: /swiftshader|llvmpipe|software|basic render/i.test(renderer) };
    } catch {
      webgl2 = { available: false, software: false };
    }
  }
  return webgl2;
}

/** Whether this browser can give Cytoscape a WebGL2 context (checked once). */
export function hasWebgl2(): boolean {
  return probeWebgl2().available;
}

/**
 * Whether WebGL2 here runs on a GPU. A software WebGL (SwiftShader, llvmpipe) draws a large slice
 * slower than the canvas renderer (bench/results.md), so the automatic choice takes canvas there.
 */
export function hasHardwareWebgl2(): boolean {
  const probe = probeWebgl2();
  return probe.available && !probe.software;
}
