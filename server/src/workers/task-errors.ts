import { AppError, ERROR_CODES, type ErrorCode } from '../common/app-error.js';
import type { InputProblem } from '../domain/network.types.js';
import { EngineError, UnknownInitiativeError } from '../modules/analytics/engine/core/errors.js';

/**
 * An error thrown by a task, as it crosses from a worker thread: structured cloning keeps only the
 * message of an error (and the class of a few built-in ones), so the worker sends what the
 * services and resolvers look at (class, code, problems) and the pool throws it again on this side
 * exactly as the task would have thrown it inline.
 */
export interface SentError {
  name: string;
  message: string;
  code?: string;
  problems?: InputProblem[];
  initiativeId?: string;
}

export type TaskOutcome = { ok: true; value: unknown } | { ok: false; error: SentError };

export function sendError(error: unknown): SentError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const sent: SentError = { name: error.name, message: error.message };
  if (error instanceof AppError) return { ...sent, name: 'AppError', code: error.code, problems: error.problems };
  if (error instanceof UnknownInitiativeError) return { ...sent, initiativeId: error.initiativeId };
  if (error instanceof EngineError) return { ...sent, name: 'EngineError', code: error.code };
  return sent;
}

const BUILT_IN: Record<string, new (message: string) => Error> = {
  RangeError,
  TypeError,
  SyntaxError,
  ReferenceError,
};

export function receivedError(sent: SentError): Error {
  if (sent.name === 'AppError' && (ERROR_CODES as readonly string[]).includes(sent.code ?? '')) {
    return new AppError(sent.code as ErrorCode, sent.message, sent.problems ?? []);
  }
  if (sent.name === 'UnknownInitiativeError' && sent.initiativeId !== undefined) {
    return new UnknownInitiativeError(sent.initiativeId);
  }
  if (sent.name === 'EngineError') return new EngineError('NOT_FOUND', sent.message);
  const BuiltIn = BUILT_IN[sent.name];
  if (BuiltIn) return new BuiltIn(sent.message);
  const error = new Error(sent.message);
  error.name = sent.name;
  return error;
}
