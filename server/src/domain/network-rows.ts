import { characteristicProperty, characteristicsOf } from './characteristics.js';
import type { StateRow } from './change.types.js';
import type {
  ActorInput,
  AmplificationInput,
  BarrierInput,
  InfluenceInput,
  InitiativeInput,
  InvolvementInput,
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

/** An initiative row from its node properties (startedOn as YYYY-MM-DD); other properties are ignored. */
export function initiativeFromProps(props: Record<string, unknown>): InitiativeInput & StateRow {
  return compactRow<InitiativeInput & StateRow>({
    id: props.id,
    name: props.name,
    description: props.description,
    region: props.region,
    themes: props.themes,
    startedOn: props.startedOn,
    status: props.status,
    latitude: props.latitude,
    longitude: props.longitude,
    characteristics: characteristicsOf(props).map((c) => compactRow(c)),
  });
}

/** The canonical row of each section, from an input row or from a row read back from the database. */
export const canonicalRow: { [S in NetworkSection]: (row: SectionRows[S]) => StateRow } = {
  initiatives: (row) => initiativeFromProps({ ...initiativeProps(row), startedOn: row.startedOn ?? null }),
  actors: (row) =>
    compactRow({ id: row.id, name: row.name.trim(), kind: row.kind ?? null, region: trimmed(row.region) }),
  involvements: (row) =>
    compactRow({
      actorId: row.actorId,
      initiativeId: row.initiativeId,
      role: row.role ?? null,
      since: row.since ?? null,
      until: row.until ?? null,
    }),
  influences: (row) =>
    compactRow({ fromActorId: row.fromActorId, toActorId: row.toActorId, weight: row.weight ?? 1, since: row.since }),
  amplifications: (row) =>
    compactRow({
      fromInitiativeId: row.fromInitiativeId,
      toInitiativeId: row.toInitiativeId,
      mode: row.mode,
      on: row.on ?? null,
      evidence: row.evidence ?? null,
      confidence: row.confidence ?? null,
      mechanisms: row.mechanisms ?? [],
    }),
  outcomes: (row) =>
    compactRow({ initiativeId: row.initiativeId, kind: row.kind, name: trimmed(row.name), on: row.on ?? null }),
  barriers: (row) =>
    compactRow({
      initiativeId: row.initiativeId,
      barrier: row.barrier,
      overcome: row.overcome ? true : null,
      // the date is stored on the OVERCOMES link only
      on: row.overcome ? (row.on ?? null) : null,
      note: row.note ?? null,
    }),
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
