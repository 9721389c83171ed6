import type { AmplificationMode, InitiativeStatus } from '../../domain/network.types.js';

/** Which part of the network to export; every field absent = the whole network. */
export interface NetworkFilter {
  regions?: string[];
  themes?: string[];
  statuses?: InitiativeStatus[];
  modes?: AmplificationMode[];
  /** startedOn range, inclusive, YYYY-MM-DD */
  from?: string;
  to?: string;
}

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx', 'gexf', 'graphml', 'gexf-dynamic', 'diffusion', 'waves'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The temporal exports' unit of time (adoption times, waves). */
export const EXPORT_PERIODS = ['year', 'month'] as const;
export type ExportPeriod = (typeof EXPORT_PERIODS)[number];

/** An uploaded or exported file. */
export interface NamedFile {
  name: string;
  data: Buffer;
}

/** A file to send: name, MIME type and bytes. */
export interface ExportedFile extends NamedFile {
  contentType: string;
}
