import { characteristicProperty, characteristicsOf } from './characteristics.js';
import { CHARACTERISTICS } from './network.types.js';
import type { StateRow } from './change.types.js';
import type {
  ActorInput,
  AmplificationInput,
  BarrierInput,
  InfluenceInput,
  InitiativeInput,
  InvolvementInput,
  NetworkInput,
  NetworkSection,
  OutcomeInput,
} from './network.types.js';

/**
 * One entity of the network as a row of its NetworkInput section, in one canonical form: what the
 * import writes and what the database holds read back the same way (names and regions trimmed,
 * themes deduplicated, defaults applied, null and empty lists left out, keys in a fixed order).
 * Two states are equal exactly when their canonical JSON is; the change log stores these rows.
 */

export interface SectionRows {
  initiatives: InitiativeInput;
  actors: ActorInput;
  involvements: InvolvementInput;
  influences: InfluenceInput;
  amplifications: AmplificationInput;
  outcomes: OutcomeInput;
  barriers: BarrierInput;
}

/** Drops null, undefined and empty-list fields (as the JSON export does). */
export function compactRow<T extends object = StateRow>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out as T;
}

const trimmed = (value: string | null | undefined): string | null => value?.trim() || null;

/** The node properties of an initiative (startedOn is set separately, as a Neo4j date). */
export function initiativeProps(row: InitiativeInput): Record<string, unknown> {
  const props: Record<string, unknown> = {
    id: row.id,
    name: row.name.trim(),
    description: row.description ?? null,
    region: trimmed(row.region),
    themes: [...new Set((row.themes ?? []).map((t) => t.trim()))],
    status: row.status ?? null,
    latitude: row.latitude ?? null,
    longitude: row.longitude ?? null,
  };
  for (const ch of row.characteristics ?? []) {
    const p = characteristicProperty(ch.characteristic);
    props[p.score] = ch.score;
    props[p.evidence] = ch.evidence ?? null;
  }
  return props;
}

/** Sets `key` when the value is stored (not null or undefined, not an empty list), as compactRow keeps it. */
function put(row: StateRow, key: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value) && value.length === 0) return;
  row[key] = value;
}

const CHARACTERISTIC_ORDER = new Map(CHARACTERISTICS.map((c, i) => [c, i]));

/** An initiative row from its node properties (startedOn as YYYY-MM-DD); other properties are ignored. */
export function initiativeFromProps(props: Record<string, unknown>): InitiativeInput & StateRow {
  const row = { id: props.id, name: props.name } as InitiativeInput & StateRow;
  put(row, 'description', props.description);
  put(row, 'region', props.region);
  put(row, 'themes', props.themes);
  put(row, 'startedOn', props.startedOn);
  put(row, 'status', props.status);
  put(row, 'latitude', props.latitude);
  put(row, 'longitude', props.longitude);
  put(
    row,
    'characteristics',
    characteristicsOf(props).map((c) => compactRow(c)),
  );
  return row;
}

/**
 * The canonical row of an initiative input: what initiativeFromProps reads back from the
 * properties initiativeProps writes (the spec checks they agree), built directly because a bulk
 * import canonicalises every row.
 */
function canonicalInitiative(input: InitiativeInput): StateRow {
  const row: StateRow = { id: input.id, name: input.name.trim() };
  put(row, 'description', input.description);
  put(row, 'region', trimmed(input.region));
  put(row, 'themes', [...new Set((input.themes ?? []).map((t) => t.trim()))]);
  put(row, 'startedOn', input.startedOn);
  put(row, 'status', input.status);
  put(row, 'latitude', input.latitude);
  put(row, 'longitude', input.longitude);
  const scored = [...(input.characteristics ?? [])]
    .sort((a, b) => CHARACTERISTIC_ORDER.get(a.characteristic)! - CHARACTERISTIC_ORDER.get(b.characteristic)!)
    .map((c) => {
      const out: StateRow = { characteristic: c.characteristic, score: c.score };
      if (typeof c.evidence === 'string') out.evidence = c.evidence;
      return out;
    });
  put(row, 'characteristics', scored);
  return row;
}

/** The canonical row of each section, from an input row or from a row read back from the database. */
export const canonicalRow: { [S in NetworkSection]: (row: SectionRows[S]) => StateRow } = {
  initiatives: canonicalInitiative,
  actors: (r) => {
    const row: StateRow = { id: r.id, name: r.name.trim() };
    put(row, 'kind', r.kind);
    put(row, 'region', trimmed(r.region));
    return row;
  },
  involvements: (r) => {
    const row: StateRow = { actorId: r.actorId, initiativeId: r.initiativeId };
    put(row, 'role', r.role);
    put(row, 'since', r.since);
    put(row, 'until', r.until);
    return row;
  },
  influences: (r) => {
    const row: StateRow = { fromActorId: r.fromActorId, toActorId: r.toActorId, weight: r.weight ?? 1 };
    put(row, 'since', r.since);
    return row;
  },
  amplifications: (r) => {
    const row: StateRow = { fromInitiativeId: r.fromInitiativeId, toInitiativeId: r.toInitiativeId, mode: r.mode };
    put(row, 'on', r.on);
    put(row, 'evidence', r.evidence);
    put(row, 'confidence', r.confidence);
    put(row, 'mechanisms', r.mechanisms);
    return row;
  },
  outcomes: (r) => {
    const row: StateRow = { initiativeId: r.initiativeId, kind: r.kind };
    put(row, 'name', trimmed(r.name));
    put(row, 'on', r.on);
    return row;
  },
  barriers: (r) => {
    const row: StateRow = { initiativeId: r.initiativeId, barrier: r.barrier };
    if (r.overcome) {
      row.overcome = true;
      // the date is stored on the OVERCOMES link only
      put(row, 'on', r.on);
    }
    put(row, 'note', r.note);
    return row;
  },
};

/** The key an outcome node is stored under (`KIND:name`). */
export function outcomeKey(kind: string, name: string | null | undefined): string {
  return `${kind}:${name?.trim() ?? ''}`;
}

const node = {
  initiative: (id: unknown) => `initiative:${String(id)}`,
  actor: (id: unknown) => `actor:${String(id)}`,
};

/**
 * The stable key of an entity: `initiative:<id>`, `actor:<id>`, and for relations the ids the
 * API gives them (GraphEdge.id, DeleteResult.id), e.g. `INVOLVED_IN:actor:a->initiative:b`.
 */
export const entityKey: { [S in NetworkSection]: (row: StateRow) => string } = {
  initiatives: (r) => node.initiative(r.id),
  actors: (r) => node.actor(r.id),
  involvements: (r) => `INVOLVED_IN:${node.actor(r.actorId)}->${node.initiative(r.initiativeId)}`,
  influences: (r) => `INFLUENCES:${node.actor(r.fromActorId)}->${node.actor(r.toActorId)}`,
  amplifications: (r) =>
    `AMPLIFIES:${String(r.mode)}:${node.initiative(r.fromInitiativeId)}->${node.initiative(r.toInitiativeId)}`,
  outcomes: (r) =>
    `ACHIEVES:${node.initiative(r.initiativeId)}->outcome:${outcomeKey(String(r.kind), r.name as string | null)}`,
  barriers: (r) => `FACES:${node.initiative(r.initiativeId)}->barrier:${String(r.barrier)}`,
};

/** The initiatives and actors an entity belongs to, as node keys (`initiative:<id>`, `actor:<id>`). */
export const nodeKeysOf: { [S in NetworkSection]: (row: StateRow) => string[] } = {
  initiatives: (r) => [node.initiative(r.id)],
  actors: (r) => [node.actor(r.id)],
  involvements: (r) => [node.actor(r.actorId), node.initiative(r.initiativeId)],
  influences: (r) => [node.actor(r.fromActorId), node.actor(r.toActorId)],
  amplifications: (r) => [node.initiative(r.fromInitiativeId), node.initiative(r.toInitiativeId)],
  outcomes: (r) => [node.initiative(r.initiativeId)],
  barriers: (r) => [node.initiative(r.initiativeId)],
};

/** The canonical JSON of a state (null for absent): equal strings, equal states. */
export function stateText(row: StateRow | null): string {
  return row === null ? 'null' : JSON.stringify(row);
}

/** An actor's node properties, with its change mark. */
export function actorProps(row: ActorInput, seq: unknown): Record<string, unknown> {
  return { id: row.id, name: row.name.trim(), kind: row.kind ?? null, region: row.region?.trim() || null, _seq: seq };
}

type RelationSection = Exclude<NetworkSection, 'initiatives' | 'actors'>;

/** A relation row as the create and import statements take it (cypher/network/*-{relation}.cypher). */
export const relationParams: { [S in RelationSection]: (row: SectionRows[S]) => Record<string, unknown> } = {
  involvements: (row) => ({
    actorId: row.actorId,
    initiativeId: row.initiativeId,
    role: row.role ?? null,
    since: row.since ?? null,
    until: row.until ?? null,
  }),
  influences: (row) => ({
    fromActorId: row.fromActorId,
    toActorId: row.toActorId,
    weight: row.weight ?? 1,
    since: row.since ?? null,
  }),
  amplifications: (row) => ({
    fromInitiativeId: row.fromInitiativeId,
    toInitiativeId: row.toInitiativeId,
    mode: row.mode,
    on: row.on ?? null,
    evidence: row.evidence ?? null,
    confidence: row.confidence ?? null,
    mechanisms: row.mechanisms ?? [],
  }),
  outcomes: (row) => ({
    initiativeId: row.initiativeId,
    key: outcomeKey(row.kind, row.name),
    kind: row.kind,
    name: row.name?.trim() || null,
    on: row.on ?? null,
  }),
  barriers: (row) => ({
    initiativeId: row.initiativeId,
    barrier: row.barrier,
    overcome: row.overcome ?? false,
    on: row.on ?? null,
    note: row.note ?? null,
  }),
};

/** The Region, Theme, Barrier and Outcome nodes the rows of an input link to, each once. */
export function networkVocabulary(input: NetworkInput): {
  regions: string[];
  themes: string[];
  barriers: string[];
  outcomes: { key: string; kind: string; name: string | null }[];
} {
  const initiatives = input.initiatives ?? [];
  const outcomes = new Map<string, { key: string; kind: string; name: string | null }>();
  for (const row of input.outcomes ?? []) {
    const key = outcomeKey(row.kind, row.name);
    if (!outcomes.has(key)) outcomes.set(key, { key, kind: row.kind, name: trimmed(row.name) });
  }
  return {
    regions: [...new Set(initiatives.flatMap((row) => trimmed(row.region) ?? []))],
    themes: [...new Set(initiatives.flatMap((row) => (row.themes ?? []).map((t) => t.trim())))],
    barriers: [...new Set((input.barriers ?? []).map((row) => row.barrier))],
    outcomes: [...outcomes.values()],
  };
}
