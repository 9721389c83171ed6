/**
 * GEXF 1.3 export (https://gexf.net), the native format of Gephi.
 *
 * Written by hand rather than with graphology-gexf's writer, which infers each attribute's type
 * from the values at hand (a confidence that happens to be 0 or 1 everywhere becomes an integer)
 * and leaves out attributes no element has, so that two exports of the same kind of data would
 * get different columns. Here every attribute is declared, always, with its type.
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

const GEXF_TYPES: Readonly<Record<GraphAttributeType, string>> = {
  string: 'string',
  integer: 'integer',
  double: 'double',
  boolean: 'boolean',
};

export function declareAttributes(xml: XmlWriter, owner: 'node' | 'edge', attributes: readonly GraphAttribute[]): void {
  xml.start('attributes', { class: owner });
  for (const { name, type } of attributes) xml.element('attribute', { id: name, title: name, type: GEXF_TYPES[type] });
  xml.end();
}

export function writeValues(
  xml: XmlWriter,
  values: Readonly<Record<string, string | number | boolean | undefined>>,
): void {
  const entries = Object.entries(values).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return;
  xml.start('attvalues');
  for (const [name, value] of entries) xml.element('attvalue', { for: name, value });
  xml.end();
}

/**
 * A static, directed GEXF 1.3 graph of initiatives and actors (see graph-model.ts). The edge's
 * relationship is its label and its GEXF `kind`; influences carry their weight as the edge weight.
 */
export function networkToGexf(input: NetworkInput): string {
  const graph = networkToGraph(input);
  const xml = new XmlWriter();
  xml.start('gexf', {
    xmlns: 'http://gexf.net/1.3',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
    version: '1.3',
  });
  xml.start('meta');
  xml.element('creator', {}, 'Small Wins Atlas');
  xml.element(
    'description',
    {},
    'Small-wins network: initiatives and actors, involvements, influences and amplifications',
  );
  xml.end();

  xml.start('graph', { mode: 'static', defaultedgetype: 'directed' });
  declareAttributes(xml, 'node', NODE_ATTRIBUTES);
  declareAttributes(xml, 'edge', EDGE_ATTRIBUTES);

  xml.start('nodes');
  for (const node of graph.nodes) {
    xml.start('node', { id: node.id, label: node.label });
    writeValues(xml, node.attributes);
    xml.end();
  }
  xml.end();

  xml.start('edges');
  for (const edge of graph.edges) {
    xml.start('edge', {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: edge.relationship,
      kind: edge.relationship,
      weight: edge.weight,
    });
    writeValues(xml, edge.attributes);
    xml.end();
  }
  xml.end();

  xml.end(); // graph
  xml.end(); // gexf
  return xml.toString();
}
