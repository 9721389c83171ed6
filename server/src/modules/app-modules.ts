import type { DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';

/** The feature modules beside the network core (entities, transfer, demo …). */
export function appModules(_config: AppConfig): NonNullable<DynamicModule['imports']> {
  return [];
}
