import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { AppConfig } from '../../config/app-config.js';

/**
 * JSON bodies (GraphQL) parsed with a limit that depends on the caller, decided from the
 * Authorization header BEFORE the body is read: a caller who may write (an editor token) may
 * send a whole network (UPLOAD_MAX_MB); anyone else only READ_BODY_MAX_KB, enough for any query.
 * A body over the limit answers 413 TOO_LARGE at once, as JSON, without being parsed.
 */
export function jsonBodyByRole(config: AppConfig, mayWrite: (request: Request) => Promise<boolean>): RequestHandler {
  const large = express.json({ limit: config.uploadMaxBytes });
  const small = express.json({ limit: config.readBodyMaxBytes });
  return (request: Request, response: Response, next: NextFunction) => {
    void mayWrite(request).then(
      (writer) => parse(writer, request, response, next),
      () => parse(false, request, response, next),
    );
  };
  function parse(writer: boolean, request: Request, response: Response, next: NextFunction): void {
    const parser = writer ? large : small;
    parser(request, response, (error?: unknown) => {
      if (!error) return next();
      const e = error as { status?: number; type?: string; message?: string };
      if (e.type === 'entity.too.large') {
        const limit = writer ? config.uploadMaxBytes : config.readBodyMaxBytes;
        const who = writer ? '' : ' for a caller without an editor token';
        response.status(413).json({
          code: 'TOO_LARGE',
          message: `the request body is larger than ${formatBytes(limit)}, the limit${who}`,
          problems: [],
        });
        return;
      }
      response.status(e.status && e.status < 500 ? e.status : 400).json({
        code: 'BAD_USER_INPUT',
        message: `the request body is not valid JSON: ${e.message ?? 'unreadable'}`,
        problems: [],
      });
    });
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
