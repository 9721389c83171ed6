import helmet from 'helmet';
import type { RequestHandler } from 'express';
import type { AppConfig } from '../../config/app-config.js';

/**
 * The response headers every answer carries (helmet): a strict Content Security Policy for the
 * dashboard (scripts only from this origin, no inline scripts and no eval; styles may be inline,
 * as Mantine and Cytoscape set them; images also as data: and blob: URLs for the PNG and SVG
 * downloads), frame-ancestors from FRAME_ANCESTORS ('none' by default), X-Content-Type-Options:
 * nosniff, Referrer-Policy: no-referrer, Cross-Origin-Opener/Resource-Policy: same-origin. No
 * Strict-Transport-Security (the server speaks plain HTTP; a TLS proxy in front sets it) and no
 * upgrade-insecure-requests (it would break the page on http://127.0.0.1). With MAP_STYLE_URL set,
 * the style's origin may be fetched from (connect-src, img-src).
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  // the map's basemap (MAP_STYLE_URL): its style, tiles, glyphs and sprites from the style's origin
  const map = config.mapStyleUrl ? [new URL(config.mapStyleUrl).origin] : [];
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:', ...map],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", ...map],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': config.frameAncestors,
      },
    },
    strictTransportSecurity: false,
    // X-Frame-Options only knows DENY and SAMEORIGIN; frame-ancestors above is the rule
    xFrameOptions: config.frameAncestors.includes("'none'") ? { action: 'deny' } : false,
  });
}
