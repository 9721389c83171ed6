import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { NetworkService } from '../network/network.service.js';
import { DEMO_DEFAULT_INITIATIVES, generateDemoNetwork } from './demo-generator.js';

/** Who the change log records for the demo network loaded at start. */
export const SEED_WHO = 'demo seed';

/** Loads the synthetic demo network into an empty database at start, unless SEED_DEMO=false. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly network: NetworkService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const stats = await this.network.stats();
    if (stats.initiatives > 0) {
      this.logger.log(`the database has ${stats.initiatives} initiatives: no demo data loaded`);
      return;
    }
    await this.seed(DEMO_DEFAULT_INITIATIVES, undefined, SEED_WHO);
  }

  /** Imports the demo network of the given size (upsert: safe to repeat), as one change set by `who`. */
  async seed(initiatives: number, seed: number | undefined, who: string) {
    this.logger.log(`loading the synthetic demo network (${initiatives} initiatives)…`);
    const counts = await this.network.importNetwork(
      generateDemoNetwork({ initiatives, ...(seed === undefined ? {} : { seed }) }),
      { who, operation: 'SEED' },
    );
    this.logger.log(`demo network loaded: ${JSON.stringify(counts)} (set SEED_DEMO=false to start empty)`);
    return counts;
  }
}
