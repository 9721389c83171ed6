import { Inject, Injectable } from '@nestjs/common';
import { zipSync } from 'fflate';
import path from 'node:path';
import { AppError } from '../../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { NETWORK_SECTIONS, type InputProblem, type NetworkInput } from '../../domain/network.types.js';
import type { ChangeOperation } from '../../domain/change.types.js';
import { NetworkService, type ImportCounts, type ProblemLocator } from '../network/network.service.js';
import { buildManifest } from '../../common/manifest.js';
import { AnalyticsService } from '../analytics/analytics.service.js';
import { asOfWaves, diffusionTables } from './formats/diffusion-export.js';
import { networkToDynamicGexf } from './formats/gexf-dynamic.js';
import { networkToGexf } from './formats/gexf.js';
import { networkToGraphml } from './formats/graphml.js';
import { formatLocation, readNetworkFiles } from './formats/read-tables.js';
import { checkRowCount, readLimits, type ReadLimits } from './formats/upload-limits.js';
import { networkToCsvFiles, networkToXlsx } from './formats/write-tables.js';
import { TransferRepository } from './transfer.repository.js';
import type { ExportFormat, ExportPeriod, ExportedFile, NamedFile, NetworkFilter } from './transfer.types.js';

/** Line and column of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** Parses an uploaded JSON export (a NetworkInput); a syntax error names its line and column. */
export function parseNetworkJson(file: NamedFile): NetworkInput {
  const text = file.data.toString('utf8').replace(/^\uFEFF/, '');
  let value: NetworkInput | null;
  try {
    value = JSON.parse(text) as NetworkInput | null;
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position ? lineAndColumn(text, Number(position[1])) : undefined;
    throw AppError.badInput(
      [
        {
          path: where ? `${file.name} line ${where.line}, column ${where.column}` : file.name,
          message: `invalid JSON: ${message}`,
        },
      ],
      'upload',
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw AppError.badInput(
      [{ path: file.name, message: 'a network is a JSON object with initiatives, actors, … lists' }],
      'upload',
    );
  }
  const problems: InputProblem[] = [];
  for (const [key, section] of Object.entries(value)) {
    if (!(NETWORK_SECTIONS as readonly string[]).includes(key)) {
      problems.push({
        path: `${file.name}: ${key}`,
        message: `unknown section (one of ${NETWORK_SECTIONS.join(', ')})`,
      });
    } else if (section !== null && !Array.isArray(section)) {
      problems.push({ path: `${file.name}: ${key}`, message: 'must be a list' });
    }
  }
  if (problems.length > 0) throw AppError.badInput(problems, 'upload');
  return value;
}

/** The network in imported files, where each of its input paths was written, and the cells that could not be read. */
export interface ImportFiles {
  input: NetworkInput;
  locate: ProblemLocator;
  /** cells that could not be read, located (file, row, column) */
  fileProblems: InputProblem[];
}

/**
 * Reads imported files (one JSON export, or CSV files / an XLSX workbook in the template) without
 * checking the rows: a file that cannot be read, or an upload beyond the limits, throws.
 */
export async function readImportFiles(files: NamedFile[], limits: ReadLimits): Promise<ImportFiles> {
  if (files.length === 0) throw AppError.badInput([{ path: 'files', message: 'no file was uploaded' }], 'upload');
  const json = files.filter((f) => path.extname(f.name).toLowerCase() === '.json');
  if (json.length > 0) {
    if (files.length > 1) {
      throw AppError.badInput(
        [{ path: 'files', message: 'upload one JSON file alone, or CSV/XLSX files without JSON' }],
        'upload',
      );
    }
    const input = parseNetworkJson(json[0]!);
    checkRowCount(
      NETWORK_SECTIONS.reduce((n, section) => n + (input[section]?.length ?? 0), 0),
      limits,
    );
    return { input, locate: (p) => ({ ...p, path: `${json[0]!.name}: ${p.path}` }), fileProblems: [] };
  }
  const parsed = await readNetworkFiles(files, limits);
  const locate = (problem: InputProblem): InputProblem => {
    const location = parsed.locate(problem.path);
    return location ? { path: formatLocation(location), message: problem.message } : problem;
  };
  const fileProblems = parsed.problems.map((p) => ({ path: formatLocation(p), message: p.message }));
  return { input: parsed.input, locate, fileProblems };
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
  'gexf-dynamic': 'application/gexf+xml',
  diffusion: 'application/zip',
  waves: 'application/zip',
};

/** What each temporal export is, for its receipt. */
const TEMPORAL_ALGORITHMS = {
  'gexf-dynamic': 'dynamic GEXF 1.3: nodes and edges with their spells (docs/metrics.md, Temporal exports)',
  diffusion: 'netdiffuseR table: adoption times, cascade roots and the ties of T with the period each began',
  waves: 'as-of waves: the ties of T as of the last day of every period',
} as const;

const zipFiles = (files: { name: string; data: Buffer }[]) =>
  Buffer.from(zipSync(Object.fromEntries(files.map((f) => [f.name, new Uint8Array(f.data)]))));

/** Spreadsheets and JSON in (all or nothing, every problem located), every export format out. */
@Injectable()
export class TransferService {
  private readonly limits: ReadLimits;

  constructor(
    private readonly network: NetworkService,
    private readonly analytics: AnalyticsService,
    private readonly repository: TransferRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limits = readLimits(config);
  }

  /**
   * Imports uploaded files: one JSON export, or CSV files / an XLSX workbook in the template.
   * Problems name the file, row and column; nothing is written unless every row is valid. A
   * real import is one change set recorded under `as` (who, and UPLOAD or CLI_IMPORT). An
   * upload beyond UPLOAD_MAX_ROWS rows or a workbook beyond UPLOAD_MAX_UNZIPPED_MB is one
   * TOO_LARGE error, given before the rows are checked.
   */
  async importFiles(
    files: NamedFile[],
    options: { dryRun: true } | { dryRun?: false; as: { who: string; operation: ChangeOperation } },
  ): Promise<ImportCounts> {
    const write = (input: NetworkInput, locate: ProblemLocator, what: string) =>
      options.dryRun
        ? this.network.checkNetwork(input, locate, what)
        : this.network.importNetwork(input, { ...options.as, locate, what });
    const { input, locate, fileProblems } = await readImportFiles(files, this.limits);
    if (fileProblems.length > 0) {
      // cells that could not be read, plus every other problem of the rows as far as they were read
      const seen = new Set(fileProblems.map((p) => p.path));
      const rest = (await this.network.findProblems(input)).map(locate).filter((p) => !seen.has(p.path));
      throw AppError.badInput([...fileProblems, ...rest], 'upload');
    }
    return write(input, locate, 'upload');
  }

  async exportNetwork(
    format: ExportFormat,
    filter: NetworkFilter = {},
    period: ExportPeriod = 'year',
  ): Promise<ExportedFile> {
    const input = await this.repository.exportNetwork(filter);
    if (format === 'gexf-dynamic' || format === 'diffusion' || format === 'waves')
      return this.exportTemporal(format, input, filter, period);
    const base = 'small-wins-network';
    const contentType = CONTENT_TYPES[format];
    switch (format) {
      case 'json':
        return { name: `${base}.json`, contentType, data: Buffer.from(`${JSON.stringify(input, null, 2)}\n`) };
      case 'csv': {
        return { name: `${base}-csv.zip`, contentType, data: zipFiles(networkToCsvFiles(input)) };
      }
      case 'xlsx':
        return { name: `${base}.xlsx`, contentType, data: await networkToXlsx(input) };
      case 'gexf':
        return { name: `${base}.gexf`, contentType, data: Buffer.from(networkToGexf(input)) };
      case 'graphml':
        return { name: `${base}.graphml`, contentType, data: Buffer.from(networkToGraphml(input)) };
    }
  }

  /** A temporal export with its receipt (formats/gexf-dynamic.ts, formats/diffusion-export.ts). */
  private async exportTemporal(
    format: 'gexf-dynamic' | 'diffusion' | 'waves',
    input: NetworkInput,
    filter: NetworkFilter,
    period: ExportPeriod,
  ): Promise<ExportedFile> {
    const manifest = buildManifest({
      dataVersion: await this.analytics.dataVersion(),
      algorithm: TEMPORAL_ALGORITHMS[format],
      filters: { ...filter },
      parameters: { format, ...(format === 'gexf-dynamic' ? {} : { period }) },
    });
    const contentType = CONTENT_TYPES[format];
    try {
      if (format === 'gexf-dynamic') {
        const data = Buffer.from(networkToDynamicGexf(input, manifest));
        return { name: 'small-wins-network-dynamic.gexf', contentType, data };
      }
      const files =
        format === 'diffusion' ? diffusionTables(input, manifest, period) : asOfWaves(input, manifest, period);
      return { name: `small-wins-${format}-${period}.zip`, contentType, data: zipFiles(files) };
    } catch (error) {
      if (error instanceof RangeError) throw new AppError('TOO_LARGE', `${format} export: ${error.message}`);
      throw error;
    }
  }

  /** The network as CSV files (for the CLI, which writes them to a folder). */
  async exportCsvFiles(filter: NetworkFilter = {}): Promise<NamedFile[]> {
    return networkToCsvFiles(await this.repository.exportNetwork(filter));
  }
}
