// Pure helpers of the review screen: how a change and a value read.

/** A JSON value of the review as text: null as an em dash, lists joined, text as it is. */
export function valueText(json: string | null | undefined): string {
  if (json === null || json === undefined) return '—';
  const value = JSON.parse(json) as unknown;
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The names of node keys (`actor:x`) in an entity key, replaced by their labels: `INVOLVED_IN:actor:a->initiative:b` → `Gemeente Assen → Zonnedak`. */
export function keyLabel(key: string, labels: ReadonlyMap<string, string>): string {
  const name = (node: string) => labels.get(node) ?? node.replace(/^(actor|initiative):/, '');
  const node = /^(actor|initiative):(.+)$/.exec(key);
  if (node) return name(key);
  const relation = /^([A-Z_]+):(?:([A-Z]+):)?((?:actor|initiative):.+?)->(.+)$/.exec(key);
  if (!relation) return key;
  const [, , mode, from, to] = relation;
  const target = /^(outcome|barrier):(.+)$/.exec(to!);
  const right = target
    ? target[2]!.replace(
        /^([A-Z_]+):?/,
        (_m, kind: string) => kind.toLowerCase().replaceAll('_', ' ') + (/:/.test(target[2]!) ? ': ' : ''),
      )
    : name(to!);
  return `${name(from!)} → ${right}${mode ? ` (${mode.toLowerCase()})` : ''}`;
}

/** A field name made readable: `characteristic.DEEP_CHANGE.score` → `DEEP_CHANGE score`. */
export function fieldLabel(field: string): { characteristic?: string; part?: string; field: string } {
  const m = /^characteristic\.([A-Z_]+)\.(score|evidence)$/.exec(field);
  return m ? { characteristic: m[1]!, part: m[2]!, field } : { field };
}
