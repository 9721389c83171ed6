import { Injectable, Logger } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import { Neo4jService } from '../../database/neo4j.service.js';
import {
  NETWORK_SECTIONS,
  type InputProblem,
  type NetworkInput,
  type NetworkSection,
} from '../../domain/network.types.js';
import { summarizeTies, type TieSummary } from '../analytics/engine/core/tie-components.js';
import { NetworkRepository } from './network.repository.js';
import { sortProblems, unknownReferenceProblems, validateNetworkInput } from './utils/validate-network.js';

export type ImportCounts = Record<NetworkSection, number>;

export interface NetworkStatsResult {
  initiatives: number;
  actors: number;
  involvements: number;
  influences: number;
  amplifications: number;
  components: number;
  isolatedInitiatives: number;
  largestComponent: number;
}

/** Translates an input path (`initiatives[3].name`) into where the user wrote it (a file row…). */
export type ProblemLocator = (problem: InputProblem) => InputProblem;

/** The rules of bulk import (all or nothing) and the network-wide statistics. */
@Injectable()
export class NetworkService {
  private readonly logger = new Logger(NetworkService.name);
  /** bumped by every write, so caches can tell whether data changed */
  private version = 0;
  private tieCache?: { key: string; summary: Promise<TieSummary> };

  constructor(
    private readonly db: Neo4jService,
    private readonly repository: NetworkRepository,
  ) {}

  get dataVersion(): number {
    return this.version;
  }

  markChanged(): void {
    this.version += 1;
  }

  /**
   * Validates the whole input, then writes it in ONE transaction. Any problem (including a
   * reference to an id that is neither in the input nor in the database) throws BAD_USER_INPUT
   * listing every problem, and nothing is written.
   */
  async importNetwork(
    input: NetworkInput,
    locate: ProblemLocator = (p) => p,
    what = 'network input',
  ): Promise<ImportCounts> {
    const { problems, external } = validateNetworkInput(input);
    const started = Date.now();
    await this.db.writeTx(async (tx) => {
      const existing = await this.repository.findExistingIds(tx, {
        initiativeIds: [...external.initiatives.keys()],
        actorIds: [...external.actors.keys()],
      });
      const all = [...problems, ...unknownReferenceProblems(external, existing)];
      if (all.length > 0) throw AppError.badInput(sortProblems(all).map(locate), what);
      await this.repository.upsertNetwork(tx, input);
    });
    this.markChanged();
    const counts = Object.fromEntries(NETWORK_SECTIONS.map((s) => [s, input[s]?.length ?? 0])) as ImportCounts;
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    this.logger.log(`imported ${rows} rows in ${Date.now() - started} ms`);
    return counts;
  }

  /**
   * A dry run of importNetwork: the same problems (BAD_USER_INPUT listing all of them), or the rows
   * that would be written; nothing is written either way.
   */
  async checkNetwork(
    input: NetworkInput,
    locate: ProblemLocator = (p) => p,
    what = 'network input',
  ): Promise<ImportCounts> {
    const problems = await this.findProblems(input);
    if (problems.length > 0) throw AppError.badInput(problems.map(locate), what);
    return Object.fromEntries(NETWORK_SECTIONS.map((s) => [s, input[s]?.length ?? 0])) as ImportCounts;
  }

  /** Every problem of an input (with the database's ids for references), without writing. */
  async findProblems(input: NetworkInput): Promise<InputProblem[]> {
    const { problems, external } = validateNetworkInput(input);
    const existing = await this.db.readTx((tx) =>
      this.repository.findExistingIds(tx, {
        initiativeIds: [...external.initiatives.keys()],
        actorIds: [...external.actors.keys()],
      }),
    );
    return sortProblems([...problems, ...unknownReferenceProblems(external, existing)]);
  }

  async tieSummary(): Promise<TieSummary> {
    return summarizeTies(await this.repository.loadTieProjection());
  }

  /**
   * Counts (cheap, from Neo4j's count store) and T's components and isolates, the latter cached
   * until this process writes or the counts change (another process wrote).
   */
  async stats(): Promise<NetworkStatsResult> {
    const counts = await this.repository.countNetwork();
    const key = `${this.version}/${JSON.stringify(counts)}`;
    if (this.tieCache?.key !== key) {
      const summary = this.tieSummary();
      this.tieCache = { key, summary };
      summary.catch(() => {
        if (this.tieCache?.summary === summary) this.tieCache = undefined;
      });
    }
    const ties = await this.tieCache.summary;
    return {
      ...counts,
      components: ties.components,
      isolatedInitiatives: ties.isolated.length,
      largestComponent: ties.largestComponent,
    };
  }
}
