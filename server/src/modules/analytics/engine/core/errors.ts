/**
 * Errors of the analytics engine. They do not depend on the API's AppError: the engine is pure and
 * runs in worker threads too. The services map them at their boundary (an unknown initiative is
 * NOT_FOUND with the same message). `code` names the kind of failure for that mapping.
 */
export class EngineError extends Error {
  constructor(
    readonly code: 'NOT_FOUND',
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

/** An initiative id the network does not have (a cascade root, a suggestion's subject). */
export class UnknownInitiativeError extends EngineError {
  constructor(readonly initiativeId: string) {
    super('NOT_FOUND', `initiative '${initiativeId}' does not exist`);
    this.name = 'UnknownInitiativeError';
  }
}
