import { CHARACTERISTICS, type Characteristic } from './network.types.js';

/**
 * How the seven characteristics of a small win are stored on an Initiative node: one score and one
 * evidence property per characteristic (`systemStepScore`, `systemStepEvidence`, …).
 */

const PROPERTIES = new Map(
  CHARACTERISTICS.map((characteristic) => {
    const camel = characteristic.toLowerCase().replace(/_(\w)/g, (_m, c: string) => c.toUpperCase());
    return [characteristic, { score: `${camel}Score`, evidence: `${camel}Evidence` }] as const;
  }),
);

/** Property name of a characteristic's score and evidence on an Initiative node (computed once per characteristic). */
export function characteristicProperty(characteristic: Characteristic): { score: string; evidence: string } {
  const names = PROPERTIES.get(characteristic);
  if (!names) throw new Error(`unknown characteristic '${String(characteristic)}'`);
  return names;
}

/** Reads the seven characteristics back from an initiative node's properties. */
export function characteristicsOf(props: Record<string, unknown>) {
  return CHARACTERISTICS.flatMap((characteristic) => {
    const p = characteristicProperty(characteristic);
    const score = props[p.score];
    if (typeof score !== 'number') return [];
    const evidence = props[p.evidence];
    return [{ characteristic, score, evidence: typeof evidence === 'string' ? evidence : null }];
  });
}
