/**
 * GraphML export (http://graphml.graphdrawing.org), read by Gephi, Cytoscape, yEd, igraph and
 * NetworkX. Same graph and attributes as the GEXF export (see graph-model.ts).
 */
import type { NetworkInput } from '../../../domain/network.types.js';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  networkToGraph,
  type GraphAttribute,
  type GraphAttributeType,
} from './graph-model.js';
import { XmlWriter } from './xml.js';

const GRAPHML_TYPES: Readonly<Record<GraphAttributeType, string>> = {
  string: 'string',
  integer: 'int',
  double: 'double',
  boolean: 'boolean',
};

/** Key ids are prefixed by what they are for, since nodes and edges may share attribute names. */
const keyId = (owner: 'node' | 'edge', name: string): string => `${owner === 'node' ? 'n' : 'e'}_${name}`;

/** Node label and edge label/weight are declared like any attribute; tools recognise them by name. */
const NODE_KEYS: readonly GraphAttribute[] = [{ name: 'label', type: 'string' }, ...NODE_ATTRIBUTES];
const EDGE_KEYS: readonly GraphAttribute[] = [
  { name: 'label', type: 'string' },
  ...EDGE_ATTRIBUTES,
  { name: 'weight', type: 'double' },
];

function declareKeys(xml: XmlWriter, owner: 'node' | 'edge', keys: readonly GraphAttribute[]): void {
  for (const { name, type } of keys) {
    const key = { id: keyId(owner, name), for: owner, 'attr.name': name, 'attr.type': GRAPHML_TYPES[type] };
    if (owner === 'edge' && name === 'weight') {
      xml.start('key', key).element('default', {}, '1').end();
    } else {
      xml.element('key', key);
    }
  }
}

function writeData(
  xml: XmlWriter,
  owner: 'node' | 'edge',
  values: Readonly<Record<string, string | number | boolean | undefined>>,
): void {
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) xml.element('data', { key: keyId(owner, name) }, String(value));
  }
}

/**
 * A directed GraphML graph of initiatives and actors. Influences carry their weight in the
 * `weight` key (default 1); the relationship is both the edge label and the `relationship` key.
 */
export function networkToGraphml(input: NetworkInput): string {
  const graph = networkToGraph(input);
  const xml = new XmlWriter();
  xml.start('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  declareKeys(xml, 'node', NODE_KEYS);
  declareKeys(xml, 'edge', EDGE_KEYS);

  xml.start('graph', { id: 'small-wins-network', edgedefault: 'directed' });
  for (const node of graph.nodes) {
    xml.start('node', { id: node.id });
    writeData(xml, 'node', { label: node.label, ...node.attributes });
    xml.end();
  }
  for (const edge of graph.edges) {
    xml.start('edge', { id: edge.id, source: edge.source, target: edge.target });
    writeData(xml, 'edge', { label: edge.relationship, ...edge.attributes, weight: edge.weight });
    xml.end();
  }
  xml.end(); // graph
  xml.end(); // graphml
  return xml.toString();
}
