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
 * upgrade-insecure-requests (it would break the page on http://127.0.0.1).
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
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
