/**
 * The spreadsheet template: one declarative list of columns per section of a NetworkInput.
 *
 * This is the single source of truth for the CSV/XLSX reader, the writers, the header rows of the
 * empty templates and the column documentation in `templates/README.md`. Column names are the
 * NetworkInput field names, so a spreadsheet row and a JSON record read the same. The one
 * exception is an initiative's `characteristics` list, which is flattened into a score column and
 * an evidence column per characteristic (`systemStep`, `systemStepEvidence`, …).
 *
 * The typed `fields()` helper below makes the compiler check that every field of every input type
 * has a column, so a field added to network.types.ts cannot silently be left out of the tables.
 */
import {
  ACTOR_KINDS,
  AMPLIFICATION_MODES,
  BARRIER_KINDS,
  CHARACTERISTICS,
  INITIATIVE_STATUSES,
  MECHANISMS,
  NETWORK_SECTIONS,
  OUTCOME_KINDS,
  type ActorInput,
  type AmplificationInput,
  type BarrierInput,
  type Characteristic,
  type CharacteristicScore,
  type InfluenceInput,
  type InitiativeInput,
  type InvolvementInput,
  type NetworkSection,
  type OutcomeInput,
} from '../../../domain/network.types.js';

/** What a column holds; decides how a cell is parsed, written and documented. */
export type ColumnKind =
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  /** an ISO date YYYY-MM-DD (read as text; the network validator checks it) */
  | 'date'
  /** one of `ColumnSpec.values` (read as text; the network validator checks it) */
  | 'enum'
  /** several texts in one cell, separated by LIST_SEPARATOR */
  | 'list-of-strings'
  /** several of `ColumnSpec.values` in one cell, separated by LIST_SEPARATOR */
  | 'list-of-enum';

/** Separates several values in one cell, e.g. `energy|housing`. */
export const LIST_SEPARATOR = '|';

/** Which half of a flattened characteristic a column holds. */
export type CharacteristicPart = 'score' | 'evidence';

export interface ColumnSpec {
  /** header text; equal to the NetworkInput field name (or the flattened characteristic name) */
  readonly name: string;
  readonly kind: ColumnKind;
  /** a row must have a value in this column (and a file of the section must have the column) */
  readonly required: boolean;
  /** one line for people filling in the sheet */
  readonly description: string;
  /** the allowed values of an enum or list-of-enum column */
  readonly values?: readonly string[];
  /** set on the flattened characteristic columns of initiatives; absent on plain field columns */
  readonly characteristic?: { readonly characteristic: Characteristic; readonly part: CharacteristicPart };
}

export interface SectionTemplate {
  readonly section: NetworkSection;
  /** one line: what one row of this section is */
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
}

/** The record type of each section. */
export interface SectionRecords {
  initiatives: InitiativeInput;
  actors: ActorInput;
  involvements: InvolvementInput;
  influences: InfluenceInput;
  amplifications: AmplificationInput;
  outcomes: OutcomeInput;
  barriers: BarrierInput;
}

/** A parsed cell value, between the text of a file and the field of a record. */
export type CellValue = string | number | boolean | string[];

type ColumnDef = Omit<ColumnSpec, 'name' | 'characteristic'>;

/**
 * Columns for the fields of record type R, in the order given. Every key of R must be listed
 * (the compiler checks it); a key mapped to a list of ready-made columns is expanded in place.
 */
function fields<R>(defs: { readonly [K in keyof R]-?: ColumnDef | readonly ColumnSpec[] }): ColumnSpec[] {
  return Object.entries<ColumnDef | readonly ColumnSpec[]>(defs).flatMap(([name, def]) =>
    isColumnList(def) ? [...def] : [{ name, ...def }],
  );
}

function isColumnList(def: ColumnDef | readonly ColumnSpec[]): def is readonly ColumnSpec[] {
  return Array.isArray(def);
}

const text = (required: boolean, description: string): ColumnDef => ({ kind: 'string', required, description });
const date = (description: string): ColumnDef => ({ kind: 'date', required: false, description });
const oneOf = (values: readonly string[], required: boolean, description: string): ColumnDef => ({
  kind: 'enum',
  required,
  description,
  values,
});

/** The column of a characteristic's score or evidence: `SYSTEM_STEP` → `systemStep`, `systemStepEvidence`. */
export function characteristicColumnName(characteristic: Characteristic, part: CharacteristicPart): string {
  const camel = characteristic.toLowerCase().replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
  return part === 'score' ? camel : `${camel}Evidence`;
}

/** The seven characteristics of a small win, in the words of docs/architecture.md. */
const CHARACTERISTIC_DESCRIPTIONS: Readonly<Record<Characteristic, string>> = {
  SYSTEM_STEP: 'a small step toward system change',
  TANGIBLE_RESULTS: 'tangible results for those directly involved',
  DEEP_CHANGE: 'deep change: new practices, insights and values',
  FRICTION_OVERCOME: 'friction overcome, barriers broken',
  CONNECTED_CHANGE: 'substantive (technical) and social change connected',
  ENERGY_PLACE: 'a place with energy to keep experimenting and learning',
  AMPLIFICATION_POTENTIAL: 'potential to deepen, broaden and spread',
};

const CHARACTERISTIC_COLUMNS: readonly ColumnSpec[] = CHARACTERISTICS.flatMap((characteristic, i): ColumnSpec[] => [
  {
    name: characteristicColumnName(characteristic, 'score'),
    kind: 'integer',
    required: false,
    description: `characteristic ${i + 1}, ${CHARACTERISTIC_DESCRIPTIONS[characteristic]}: 0 absent, 1 weak, 2 clear, 3 strong`,
    characteristic: { characteristic, part: 'score' },
  },
  {
    name: characteristicColumnName(characteristic, 'evidence'),
    kind: 'string',
    required: false,
    description: `evidence for the ${characteristicColumnName(characteristic, 'score')} score`,
    characteristic: { characteristic, part: 'evidence' },
  },
]);

/** Every section's template, in NETWORK_SECTIONS order. */
export const NETWORK_TEMPLATE: Readonly<Record<NetworkSection, SectionTemplate>> = {
  initiatives: {
    section: 'initiatives',
    description: 'one row per initiative (a small win or a candidate)',
    columns: fields<InitiativeInput>({
      id: text(true, 'your unique id for the initiative, used by the other files to refer to it'),
      name: text(true, 'name of the initiative'),
      description: text(false, 'what it does and what it achieved'),
      region: text(false, 'region it is located in, e.g. a province: Drenthe'),
      themes: { kind: 'list-of-strings', required: false, description: 'transition themes, e.g. energy|housing' },
      startedOn: date('date it started'),
      status: oneOf(INITIATIVE_STATUSES, false, 'stage it is in'),
      latitude: { kind: 'number', required: false, description: 'latitude in degrees, -90 to 90 (WGS84)' },
      longitude: { kind: 'number', required: false, description: 'longitude in degrees, -180 to 180 (WGS84)' },
      characteristics: CHARACTERISTIC_COLUMNS,
    }),
  },
  actors: {
    section: 'actors',
    description: 'one row per actor: an organisation, group or person taking part in initiatives',
    columns: fields<ActorInput>({
      id: text(true, 'your unique id for the actor, used by the other files to refer to it'),
      name: text(true, 'name of the actor'),
      kind: oneOf(ACTOR_KINDS, false, 'kind of actor'),
      region: text(false, 'region the actor works in'),
    }),
  },
  involvements: {
    section: 'involvements',
    description: 'one row per actor involved in an initiative',
    columns: fields<InvolvementInput>({
      actorId: text(true, 'id of the actor'),
      initiativeId: text(true, 'id of the initiative'),
      role: text(false, 'role of the actor, e.g. initiator, funder'),
      since: date('date the involvement began'),
      until: date('date the involvement ended (empty: still involved)'),
    }),
  },
  influences: {
    section: 'influences',
    description: 'one row per actor influencing another actor (directed)',
    columns: fields<InfluenceInput>({
      fromActorId: text(true, 'id of the influencing actor'),
      toActorId: text(true, 'id of the influenced actor'),
      weight: { kind: 'number', required: false, description: 'strength, greater than 0 (empty: 1)' },
      since: date('date the influence began'),
    }),
  },
  amplifications: {
    section: 'amplifications',
    description: 'one row per amplification: an initiative deepening, broadening or spreading another',
    columns: fields<AmplificationInput>({
      fromInitiativeId: text(true, 'id of the source initiative (the win that is amplified)'),
      toInitiativeId: text(true, 'id of the initiative that deepens, broadens or spreads it'),
      mode: oneOf(AMPLIFICATION_MODES, true, 'how it is amplified'),
      on: date('date of the amplification'),
      evidence: text(false, 'why you believe this amplification happened'),
      confidence: { kind: 'number', required: false, description: 'confidence in the claim, 0 to 1' },
      mechanisms: {
        kind: 'list-of-enum',
        required: false,
        description: 'propelling mechanisms, separated by |',
        values: MECHANISMS,
      },
    }),
  },
  outcomes: {
    section: 'outcomes',
    description: 'one row per outcome an initiative achieved (a law, a collaboration, a start-up …)',
    columns: fields<OutcomeInput>({
      initiativeId: text(true, 'id of the initiative'),
      kind: oneOf(OUTCOME_KINDS, true, 'kind of outcome'),
      name: text(false, 'name of the outcome, e.g. the name of the policy'),
      on: date('date it was achieved'),
    }),
  },
  barriers: {
    section: 'barriers',
    description: 'one row per barrier an initiative faces or has overcome',
    columns: fields<BarrierInput>({
      initiativeId: text(true, 'id of the initiative'),
      barrier: oneOf(BARRIER_KINDS, true, 'kind of barrier'),
      overcome: { kind: 'boolean', required: false, description: 'true if overcome, false or empty if still faced' },
      on: date('date it was overcome'),
      note: text(false, 'how it was (or was not yet) overcome'),
    }),
  },
};

/** The sections in import/export order with their templates. */
export const SECTION_TEMPLATES: readonly SectionTemplate[] = NETWORK_SECTIONS.map((s) => NETWORK_TEMPLATE[s]);

/** The section a sheet name or file base name stands for (` Initiatives ` → initiatives), if any. */
export function sectionOfName(name: string): NetworkSection | undefined {
  const normalized = name.trim().toLowerCase();
  return NETWORK_SECTIONS.find((section) => section === normalized);
}

// ---------------------------------------------------------------------------------------------
// Records <-> cell values. Field columns map one to one; characteristic columns map to the
// `characteristics` list, one entry per characteristic that has a score, in CHARACTERISTICS order.
// ---------------------------------------------------------------------------------------------

/** The value of a column in a record, or undefined when the record has none. */
export function columnValue<S extends NetworkSection>(
  column: ColumnSpec,
  record: SectionRecords[S],
): CellValue | undefined {
  let value: unknown;
  if (column.characteristic) {
    const { characteristic, part } = column.characteristic;
    const scores = (record as InitiativeInput).characteristics ?? [];
    value = scores.find((s) => s.characteristic === characteristic)?.[part];
  } else {
    value = (record as unknown as Record<string, unknown>)[column.name];
  }
  return value === null ? undefined : (value as CellValue | undefined);
}

/** A problem found while assembling a record, at a column. */
export interface RecordIssue {
  column: string;
  message: string;
}

/**
 * Assembles a record from its cell values, keyed by column name; absent keys are absent fields.
 * Issues are things no single cell shows, such as evidence for a characteristic without a score.
 * The record may lack required fields: callers report those (with their location) themselves.
 */
export function recordFromValues<S extends NetworkSection>(
  section: S,
  values: ReadonlyMap<string, CellValue>,
): { record: SectionRecords[S]; issues: RecordIssue[] } {
  const record: Record<string, unknown> = {};
  const issues: RecordIssue[] = [];
  const scores: CharacteristicScore[] = [];
  for (const column of NETWORK_TEMPLATE[section].columns) {
    const value = values.get(column.name);
    if (!column.characteristic) {
      if (value !== undefined) record[column.name] = value;
    } else if (column.characteristic.part === 'score') {
      const { characteristic } = column.characteristic;
      const evidence = values.get(characteristicColumnName(characteristic, 'evidence'));
      if (value !== undefined) {
        scores.push({
          characteristic,
          score: value as number,
          ...(evidence !== undefined && { evidence: evidence as string }),
        });
      } else if (evidence !== undefined) {
        issues.push({ column: column.name, message: `${column.name} has evidence but no score (0–3)` });
      }
    }
  }
  if (scores.length > 0) record.characteristics = scores;
  return { record: record as unknown as SectionRecords[S], issues };
}
