import { Inject, Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { listProblem, textProblem } from '../../domain/input-limits.js';
import type { InputProblem } from '../../domain/network.types.js';
import { AppError } from '../app-error.js';

/**
 * Every GraphQL argument on its way to a resolver (a global pipe, so after the guard's role
 * check): input objects become plain objects whatever the GraphQL literal form (graphql-js
 * builds objects without a prototype from inline arguments, which the Neo4j driver cannot send),
 * and every text and list is checked against INPUT_LIMITS: too long, too many items or a control
 * character is one BAD_USER_INPUT listing each place (`input.themes[3]`).
 */
@Injectable()
export class InputHygienePipe implements PipeTransform {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // only arguments by name (`@Args('input')`, which Nest hands to pipes as type 'body'); the
    // parent, context and info of a resolver and the HTTP controllers' other parameters pass
    if (metadata.type !== 'body' || typeof metadata.data !== 'string') return value;
    const problems: InputProblem[] = [];
    const plain = this.clean(value, metadata.data, metadata.data, problems);
    if (problems.length > 0) throw AppError.badInput(problems, 'arguments');
    return plain;
  }

  private clean(value: unknown, field: string, path: string, problems: InputProblem[]): unknown {
    if (typeof value === 'string') {
      const problem = textProblem(field, value);
      if (problem) problems.push({ path, message: problem });
      return value;
    }
    if (Array.isArray(value)) {
      const problem = listProblem(field, value.length, this.config.uploadMaxRows);
      if (problem) {
        problems.push({ path, message: problem });
        return value;
      }
      return value.map((item, i) => this.clean(item, field, `${path}[${i}]`, problems));
    }
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = this.clean(item, key, `${path}.${key}`, problems);
      return out;
    }
    return value;
  }
}
