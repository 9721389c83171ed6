// jsdom for the client's component tests (client/src/**/*.spec.tsx), with the web APIs jsdom leaves
// out but the dashboard's libraries use at import time (react-router needs TextEncoder).
// Use in a spec with the docblock `@jest-environment ./tests/support/jsdom-environment.mjs`.
import { TestEnvironment } from 'jest-environment-jsdom';
import { TextDecoder, TextEncoder } from 'node:util';

export default class ClientEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, { TextEncoder, TextDecoder });
  }
}
