import { Args, Extensions, ID, Int, Float, Query, Resolver } from '@nestjs/graphql';
import type { ComplexityEstimatorArgs } from '@nestjs/graphql';
import { AppError } from '../../common/app-error.js';
import { AmplificationModeEnum } from '../../common/graphql/enums.js';
import { ANALYTICS_FIELD } from '../../common/graphql/limits.plugin.js';
import type { AmplificationMode, InputProblem } from '../../domain/network.types.js';
import { DEFAULT_SEED } from '../analytics/engine/core/random.js';
import { measuresOf } from '../analytics/engine/null-model/bands.js';
import type { SimulationResult } from '../analytics/engine/simulation/simulate.js';
import { InitiativesService } from '../entities/initiatives.service.js';
import type { Initiative } from '../entities/models/entity.model.js';
import {
  ExposureReport,
  IntroductionGains,
  NullGraphEnum,
  NullMeasureEnum,
  NullModelReport,
  RewireMethodEnum,
  SpreadGraphEnum,
  SpreadModelEnum,
  SpreadSimulation,
  TieInput,
  type NullGraphValue,
  type NullMeasureValue,
  type RewireMethodValue,
  type SpreadGraphValue,
  type SpreadModelValue,
} from './models/research.model.js';
import { ResearchService } from './research.service.js';
import { describeSpread, spreadParameters } from './utils/describe.js';

/** Checks that a whole-number argument lies in [min, max]; collects a problem otherwise. */
function within(problems: InputProblem[], path: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push({ path, message: `${value} is not allowed: use a whole number from ${min} to ${max}` });
  }
}

function checkProbability(problems: InputProblem[], probability: number | null | undefined): void {
  if (probability !== null && probability !== undefined && !(probability >= 0 && probability <= 1)) {
    problems.push({
      path: 'probability',
      message: `${probability} is not a probability: use 0 to 1, or leave it out to estimate it`,
    });
  }
}

function fail(problems: InputProblem[]): void {
  if (problems.length > 0) throw AppError.badInput(problems, 'arguments');
}

/** The default step cap: SI simulates 10 steps, IC and LT run until nothing changes (at most 100). */
const defaultSteps = (model: SpreadModelValue) => (model === 'SUSCEPTIBLE_INFECTED' ? 10 : 100);

const numberArg = (args: Record<string, unknown>, name: string, fallback: number) =>
  typeof args[name] === 'number' ? args[name] : fallback;
const listLength = (args: Record<string, unknown>, name: string) =>
  Array.isArray(args[name]) ? (args[name] as unknown[]).length : 0;

/** Costs that grow with the work: runs (twice with added ties), candidates, replicates × measures. */
const COSTS = {
  simulate: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    Math.ceil((numberArg(args, 'runs', 1000) * (listLength(args, 'addTies') > 0 ? 2 : 1)) / 5) + childComplexity,
  gains: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    Math.ceil((numberArg(args, 'runs', 200) * (listLength(args, 'candidateIds') + 1)) / 5) + childComplexity,
  nullModel: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    numberArg(args, 'replicates', 100) * Math.max(1, listLength(args, 'measures') || 3) * 10 + childComplexity,
};

/** Thin resolvers over ResearchService: arguments checked, initiatives hydrated, a receipt beside every answer. */
@Resolver()
export class ResearchResolver {
  constructor(
    private readonly research: ResearchService,
    private readonly initiatives: InitiativesService,
  ) {}

  private nodes(ids: string[]): Promise<Map<string, Initiative>> {
    return this.initiatives.getMany(ids);
  }

  @Extensions(ANALYTICS_FIELD)
  @Query(() => SpreadSimulation, {
    complexity: COSTS.simulate,
    description:
      'The introduction simulator: N seeded runs of a spread model from the seeds on T or A, with the mean and 90% interval of the final reach, reach per step, regions and initiatives reached; with addTies, the same runs with those ties added (common random numbers) and the gain. Probabilities: the one given, or estimated per mode from the observed amplifications (docs/metrics.md).',
  })
  async simulateSpread(
    @Args('seeds', { type: () => [ID] }) seeds: string[],
    @Args('model', { type: () => SpreadModelEnum, defaultValue: 'INDEPENDENT_CASCADE' })
    model: SpreadModelValue = 'INDEPENDENT_CASCADE',
    @Args('graph', { type: () => SpreadGraphEnum, defaultValue: 'TIE' }) graph: SpreadGraphValue = 'TIE',
    @Args('modes', { type: () => [AmplificationModeEnum], nullable: true }) modes?: AmplificationMode[] | null,
    @Args('probability', {
      type: () => Float,
      nullable: true,
      description: 'one probability for every edge (0–1); omitted = estimated per mode',
    })
    probability?: number | null,
    @Args('runs', { type: () => Int, defaultValue: 1000 }) runs = 1000,
    @Args('steps', { type: () => Int, nullable: true, description: 'SI: steps simulated (10); IC, LT: at most (100)' })
    steps?: number | null,
    @Args('seed', { type: () => Int, defaultValue: DEFAULT_SEED }) seed = DEFAULT_SEED,
    @Args('addTies', { type: () => [TieInput], nullable: true, description: 'what if these ties existed' })
    addTies?: TieInput[] | null,
    @Args('top', { type: () => Int, defaultValue: 10, description: 'initiatives reached most often, listed' }) top = 10,
  ): Promise<SpreadSimulation> {
    const problems: InputProblem[] = [];
    within(problems, 'seeds', seeds.length, 1, 100);
    within(problems, 'runs', runs, 1, 10_000);
    within(problems, 'steps', steps ?? 1, 1, 1000);
    within(problems, 'top', top, 0, 100);
    within(problems, 'addTies', addTies?.length ?? 0, 0, 20);
    checkProbability(problems, probability);
    fail(problems);
    const options = {
      model,
      graph,
      modes: modes ?? null,
      seeds: [...new Set(seeds)],
      probability: probability ?? null,
      runs,
      seed,
      steps: steps ?? defaultSteps(model),
      addTies: (addTies ?? []).map((t) => [t.a, t.b] as [string, string]),
      top,
    };
    return this.research.answer(`simulate:${JSON.stringify(options)}`, async () => {
      const result = await this.research.simulate(options);
      return this.simulationAnswer(result, options.modes);
    });
  }

  private async simulationAnswer(
    result: SimulationResult,
    modes: AmplificationMode[] | null,
  ): Promise<SpreadSimulation> {
    const nodes = await this.nodes([...result.seeds, ...result.top.map((t) => t.initiativeId)]);
    const manifest = await this.research.manifest({
      algorithm: describeSpread(result),
      filters: { modes },
      parameters: spreadParameters(result),
      seed: result.seed,
    });
    const estimated = result.estimated;
    return {
      ...result,
      seeds: result.seeds.flatMap((id) => nodes.get(id) ?? []),
      estimated: estimated
        ? (['DEEPENING', 'BROADENING', 'SPREADING'] as const).map((mode) => ({
            mode,
            probability: estimated.byMode[mode],
            pairs: estimated.pairs[mode],
            ties: estimated.ties,
          }))
        : [],
      topReached: result.top.flatMap((t) => {
        const initiative = nodes.get(t.initiativeId);
        return initiative ? [{ initiative, share: t.share }] : [];
      }),
      comparison: result.comparison
        ? { ...result.comparison, addedTies: result.comparison.addedTies.map(([a, b]) => ({ a, b })) }
        : null,
      manifest,
    };
  }

  @Extensions(ANALYTICS_FIELD)
  @Query(() => IntroductionGains, {
    complexity: COSTS.gains,
    description:
      'What tying an initiative to each candidate (e.g. its radar suggestions) would add to the reach of a win seeded at the initiative: every candidate on the same random numbers, by mean gain.',
  })
  async introductionGains(
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('candidateIds', { type: () => [ID] }) candidateIds: string[],
    @Args('model', { type: () => SpreadModelEnum, defaultValue: 'INDEPENDENT_CASCADE' })
    model: SpreadModelValue = 'INDEPENDENT_CASCADE',
    @Args('graph', { type: () => SpreadGraphEnum, defaultValue: 'TIE' }) graph: SpreadGraphValue = 'TIE',
    @Args('probability', { type: () => Float, nullable: true }) probability?: number | null,
    @Args('runs', { type: () => Int, defaultValue: 200 }) runs = 200,
    @Args('seed', { type: () => Int, defaultValue: DEFAULT_SEED }) seed = DEFAULT_SEED,
  ): Promise<IntroductionGains> {
    const problems: InputProblem[] = [];
    within(problems, 'candidateIds', candidateIds.length, 1, 50);
    within(problems, 'runs', runs, 1, 5000);
    checkProbability(problems, probability);
    fail(problems);
    const options = {
      initiativeId,
      candidateIds: [...new Set(candidateIds)],
      model,
      graph,
      probability: probability ?? null,
      runs,
      seed,
      steps: defaultSteps(model),
    };
    return this.research.answer(`gains:${JSON.stringify(options)}`, async () => {
      const gains = await this.research.introductionGains(options);
      const nodes = await this.nodes([initiativeId, ...gains.map((g) => g.candidateId)]);
      const initiative = nodes.get(initiativeId);
      if (!initiative) throw AppError.notFound('initiative', initiativeId);
      const manifest = await this.research.manifest({
        algorithm: `introduction gains: ${model.toLowerCase().replaceAll('_', ' ')} on ${graph === 'TIE' ? 'T' : 'A'} seeded at the initiative, with and without each tie, common random numbers`,
        parameters: {
          initiativeId,
          candidates: options.candidateIds,
          runs,
          probability: probability ?? 'estimated per mode',
        },
        seed,
      });
      return {
        initiative,
        gains: gains.flatMap((g) => {
          const candidate = nodes.get(g.candidateId);
          return candidate ? [{ ...g, initiative: candidate }] : [];
        }),
        manifest,
      };
    });
  }

  @Extensions(ANALYTICS_FIELD)
  @Query(() => NullModelReport, {
    complexity: COSTS.nullModel,
    description:
      'Observed figures beside a degree-preserving rewired null model: null mean, 95% band, z-score and empirical p-value per figure (docs/metrics.md, Null-model bands). Measures default to isolates, components and the largest component share (T, G) or both cascade figures (A).',
  })
  async nullModel(
    @Args('graph', { type: () => NullGraphEnum, defaultValue: 'TIE' }) graph: NullGraphValue = 'TIE',
    @Args('measures', { type: () => [NullMeasureEnum], nullable: true }) measures?: NullMeasureValue[] | null,
    @Args('method', { type: () => RewireMethodEnum, defaultValue: 'LAYERS' }) method: RewireMethodValue = 'LAYERS',
    @Args('replicates', { type: () => Int, defaultValue: 100 }) replicates = 100,
    @Args('swapsPerEdge', { type: () => Int, defaultValue: 10 }) swapsPerEdge = 10,
    @Args('seed', { type: () => Int, defaultValue: DEFAULT_SEED }) seed = DEFAULT_SEED,
  ): Promise<NullModelReport> {
    const allowed = measuresOf(graph);
    const chosen =
      measures && measures.length > 0 ? [...new Set(measures)] : allowed.slice(0, graph === 'AMPLIFICATION' ? 2 : 3);
    const problems: InputProblem[] = [];
    within(problems, 'replicates', replicates, 1, 1000);
    within(problems, 'swapsPerEdge', swapsPerEdge, 1, 100);
    for (const m of chosen) {
      if (!allowed.includes(m))
        problems.push({ path: 'measures', message: `${m} is not a figure of ${graph} (use ${allowed.join(', ')})` });
    }
    fail(problems);
    const options = { graph, method, measures: chosen, replicates, swapsPerEdge, seed };
    return this.research.answer(`null:${JSON.stringify(options)}`, async () => {
      const result = await this.research.nullModel(options);
      const manifest = await this.research.manifest({
        algorithm: `null-model bands: ${graph === 'AMPLIFICATION' ? 'directed double edge swaps of A' : method === 'LAYERS' ? `double edge swaps of the layers behind ${graph === 'TIE' ? 'T' : 'G'}` : `double edge swaps of ${graph === 'TIE' ? 'T' : 'G'}`}`,
        parameters: { measures: chosen, replicates, swapsPerEdge, method },
        seed,
      });
      return { ...result, manifest };
    });
  }

  @Extensions(ANALYTICS_FIELD)
  @Query(() => ExposureReport, {
    description:
      "Exposure at adoption and thresholds of the cascades' adopters (one cascade with rootId, else all), per theme: simple against complex contagion (docs/metrics.md).",
  })
  async adoptionExposure(
    @Args('rootId', { type: () => ID, nullable: true }) rootId?: string | null,
    @Args('modes', { type: () => [AmplificationModeEnum], nullable: true }) modes?: AmplificationMode[] | null,
    @Args('first', { type: () => Int, defaultValue: 100, description: 'adoptions listed at most' }) first = 100,
  ): Promise<ExposureReport> {
    const problems: InputProblem[] = [];
    within(problems, 'first', first, 0, 10_000);
    fail(problems);
    const options = { rootId: rootId ?? null, modes: modes ? [...modes].sort() : null, first };
    return this.research.answer(`exposure:${JSON.stringify(options)}`, async () => {
      const result = await this.research.exposure(options);
      const manifest = await this.research.manifest({
        algorithm: 'exposure at adoption and threshold on T (netdiffuseR definitions) per cascade adopter',
        filters: { rootId, modes },
        parameters: { first },
      });
      return { ...result, manifest };
    });
  }
}
