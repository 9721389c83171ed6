import type { ActorKind, InitiativeStatus } from '../../../domain/network.types.js';
import { characteristicsOf } from '../../../domain/characteristics.js';
import type { ActorRecord, InitiativeRecord } from '../models/entities.types.js';

// Conversions at the repository boundary: node property maps (already through toPlain, so
// dates are ISO strings and integers numbers) into plain domain records.

type Props = Record<string, unknown>;

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

export function toInitiative(props: Props): InitiativeRecord {
  return {
    id: text(props.id) ?? '',
    name: text(props.name) ?? '',
    description: text(props.description),
    region: text(props.region),
    themes: Array.isArray(props.themes) ? props.themes.filter((t): t is string => typeof t === 'string') : [],
    startedOn: text(props.startedOn)?.slice(0, 10) ?? null,
    status: text(props.status) as InitiativeStatus | null,
    latitude: num(props.latitude),
    longitude: num(props.longitude),
    characteristics: characteristicsOf(props),
  };
}

export function toActor(props: Props): ActorRecord {
  return {
    id: text(props.id) ?? '',
    name: text(props.name) ?? '',
    kind: text(props.kind) as ActorKind | null,
    region: text(props.region),
  };
}
