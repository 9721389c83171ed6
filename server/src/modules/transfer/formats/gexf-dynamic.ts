/**
 * Dynamic GEXF 1.3: the same nodes, edges and attributes as the static export (graph-model.ts),
 * each with the interval it exists in, so Gephi's timeline can play the network and networkx reads
 * the intervals (`start`, `end` on every node and edge, timeformat="date").
 *
 * Spells follow "the network as of a date" (temporal-model.ts): an initiative from its startedOn;
 * an involvement from its since (and the initiative's start, whichever is later) to its until; an
 * influence from its since; an amplification from its date, or when undated from the day both
 * ends exist. What has no known start is there from the beginning; actors have no dates of their
 * own and are there throughout. The same dates are also attributes (`activeFrom`, `activeUntil`),
 * for readers that skip GEXF's time attributes (graphology-gexf). The receipt (common/manifest.ts)
 * is the file's <description>, as JSON after the citation line.
 */
import type { Manifest } from '../../../common/manifest.js';
import type { IsoDate, NetworkInput } from '../../../domain/network.types.js';
import { declareAttributes, writeValues } from './gexf.js';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  networkToGraph,
  type GraphAttribute,
  type GraphEdge,
} from './graph-model.js';
import { laterOf } from './temporal-model.js';
import { XmlWriter } from './xml.js';

const SPELL_ATTRIBUTES = [
  { name: 'activeFrom', type: 'string' },
  { name: 'activeUntil', type: 'string' },
] as const satisfies readonly GraphAttribute[];

interface Spell {
  start: IsoDate | null;
  end: IsoDate | null;
}

const text = (value: unknown): IsoDate | null => (typeof value === 'string' && value !== '' ? value : null);

function edgeSpell(edge: GraphEdge, starts: Map<string, IsoDate | null>): Spell {
  const ends = laterOf(starts.get(edge.source), starts.get(edge.target));
  const a = edge.attributes;
  if (edge.relationship === 'AMPLIFIES') {
    const bothKnown = Boolean(starts.get(edge.source)) && Boolean(starts.get(edge.target));
    return { start: text(a.on) ? laterOf(text(a.on), ends) : bothKnown ? ends : null, end: null };
  }
  const start = laterOf(text(a.since), ends);
  const until = text(a.until);
  return { start, end: until && (!start || until >= start) ? until : null };
}

/** The network as a dynamic GEXF 1.3 document with the receipt in its header. */
export function networkToDynamicGexf(input: NetworkInput, manifest: Manifest): string {
  const graph = networkToGraph(input);
  const starts = new Map(graph.nodes.map((n) => [n.id, text(n.attributes.startedOn)]));
  const xml = new XmlWriter();
  xml.start('gexf', {
    xmlns: 'http://gexf.net/1.3',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
    version: '1.3',
  });
  xml.start('meta', { lastmodifieddate: manifest.generatedAt.slice(0, 10) });
  xml.element('creator', {}, manifest.software);
  xml.element('keywords', {}, 'small wins, diffusion, dynamic network');
  xml.element('description', {}, `${manifest.citeAs}\nmanifest: ${JSON.stringify(manifest)}`);
  xml.end();

  xml.start('graph', {
    mode: 'dynamic',
    defaultedgetype: 'directed',
    timeformat: 'date',
    timerepresentation: 'interval',
  });
  declareAttributes(xml, 'node', [...NODE_ATTRIBUTES, ...SPELL_ATTRIBUTES]);
  declareAttributes(xml, 'edge', [...EDGE_ATTRIBUTES, ...SPELL_ATTRIBUTES]);

  xml.start('nodes');
  for (const node of graph.nodes) {
    const start = starts.get(node.id) ?? undefined;
    xml.start('node', { id: node.id, label: node.label, start });
    writeValues(xml, { ...node.attributes, activeFrom: start });
    xml.end();
  }
  xml.end();

  xml.start('edges');
  for (const edge of graph.edges) {
    const spell = edgeSpell(edge, starts);
    xml.start('edge', {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: edge.relationship,
      kind: edge.relationship,
      weight: edge.weight,
      start: spell.start ?? undefined,
      end: spell.end ?? undefined,
    });
    writeValues(xml, { ...edge.attributes, activeFrom: spell.start ?? undefined, activeUntil: spell.end ?? undefined });
    xml.end();
  }
  xml.end();

  xml.end(); // graph
  xml.end(); // gexf
  return xml.toString();
}
