import { registerEnumType } from '@nestjs/graphql';
import {
  ACTOR_KINDS,
  AMPLIFICATION_MODES,
  BARRIER_KINDS,
  CHARACTERISTICS,
  INITIATIVE_STATUSES,
  MECHANISMS,
  OUTCOME_KINDS,
} from '../../domain/network.types.js';

function asEnum<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

/** GraphQL enums, built from the domain's value lists so they can never drift apart. */
export const AmplificationModeEnum = asEnum(AMPLIFICATION_MODES);
export const ActorKindEnum = asEnum(ACTOR_KINDS);
export const InitiativeStatusEnum = asEnum(INITIATIVE_STATUSES);
export const CharacteristicEnum = asEnum(CHARACTERISTICS);
export const OutcomeKindEnum = asEnum(OUTCOME_KINDS);
export const BarrierKindEnum = asEnum(BARRIER_KINDS);
export const MechanismEnum = asEnum(MECHANISMS);

registerEnumType(AmplificationModeEnum, {
  name: 'AmplificationMode',
  description: 'DEEPENING (verdiepen), BROADENING (verbreden), SPREADING (verspreiden)',
});
registerEnumType(ActorKindEnum, { name: 'ActorKind' });
registerEnumType(InitiativeStatusEnum, { name: 'InitiativeStatus' });
registerEnumType(CharacteristicEnum, {
  name: 'Characteristic',
  description: 'The seven characteristics of a small win, each scored 0–3 (absent, weak, clear, strong).',
});
registerEnumType(OutcomeKindEnum, { name: 'OutcomeKind' });
registerEnumType(BarrierKindEnum, { name: 'BarrierKind' });
registerEnumType(MechanismEnum, { name: 'Mechanism', description: 'Propelling mechanisms of amplification.' });
