// graphql-codegen plugin: the value lists the dashboard needs at run time, read from the schema so
// they are never copied by hand. Writes `src/api/generated/enums.ts`: every enum's values (in the
// schema's order: sorted) and the sections of an import (the fields of NetworkInput, which are
// also the templates' files and the import report's counts).
import { isEnumType, isInputObjectType } from 'graphql';

/** The input type whose fields are the sections of an import. */
const SECTIONS_TYPE = 'NetworkInput';

const list = (values) => `[${values.map((v) => `'${v}'`).join(', ')}] as const`;

export function plugin(schema) {
  const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));
  const enums = types
    .filter(isEnumType)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((type) => `  ${type.name}: ${list(type.getValues().map((v) => v.name))},`);
  const sections = types.find((type) => type.name === SECTIONS_TYPE);
  if (!sections || !isInputObjectType(sections)) throw new Error(`codegen-values: no input type ${SECTIONS_TYPE}`);
  return [
    '// Generated from server/schema.graphql by client/scripts/codegen-values.mjs (npm run codegen): do not edit.',
    '',
    "/** Every enum of the schema with its values, in the schema's order. */",
    'export const SCHEMA_ENUMS = {',
    ...enums,
    '} as const;',
    '',
    `/** The sections of an import: the fields of ${SECTIONS_TYPE}, in the schema's order. */`,
    `export const NETWORK_SECTIONS = ${list(Object.keys(sections.getFields()))};`,
    'export type NetworkSection = (typeof NETWORK_SECTIONS)[number];',
    '',
  ].join('\n');
}
