import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { AWKWARD_TEXT, sampleNetwork, xmlWellFormednessError } from './fixtures.js';
import { networkToGraphml } from './graphml.js';

describe('networkToGraphml', () => {
  const graphml = networkToGraphml(sampleNetwork());

  it('is well-formed GraphML with a directed graph and typed keys', () => {
    expect(xmlWellFormednessError(graphml)).toBeUndefined();
    expect(graphml).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"');
    expect(graphml).toContain('<graph id="small-wins-network" edgedefault="directed">');
    expect(graphml).toContain('<key id="n_latitude" for="node" attr.name="latitude" attr.type="double"/>');
    expect(graphml).toContain('<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>');
    expect(graphml).toContain('<key id="n_type" for="node" attr.name="type" attr.type="string"/>');
  });

  it("parses with graphology-graphml into the network's nodes, edges and attributes", () => {
    const graph = parse(MultiDirectedGraph, graphml);
    expect(graph.type).toBe('directed');
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(7);
    expect(graph.getNodeAttributes('i:zon-1')).toEqual({
      label: 'Energiecoöperatie Zonnedorp',
      type: 'initiative',
      region: 'Drenthe',
      themes: 'energy|housing',
      startedOn: '2016-04-01',
      status: 'EMBEDDED',
      latitude: 52.8341,
      longitude: 6.3702,
    });
    expect(graph.getNodeAttributes('a:a-prov')).toEqual({
      label: 'Provinsje Fryslân',
      type: 'actor',
      kind: 'PROVINCE',
      region: 'Friesland',
    });

    const spreading = graph.findEdge((_e, attr) => attr.mode === 'SPREADING');
    expect(graph.source(spreading!)).toBe('i:zon-1');
    expect(graph.target(spreading!)).toBe('i:zon-3');
    expect(graph.getEdgeAttributes(spreading!)).toEqual({
      label: 'AMPLIFIES',
      relationship: 'AMPLIFIES',
      mode: 'SPREADING',
      on: '2018-06-01',
      evidence: AWKWARD_TEXT,
      confidence: 0.75,
      mechanisms: 'PROFESSIONALISATION|LOGIC_OF_ATTRACTION',
      weight: '1', // the key's default; graphology-graphml does not type defaults
    });
    const influences = graph.filterEdges((_e, attr) => attr.relationship === 'INFLUENCES');
    expect(influences.map((e): unknown => graph.getEdgeAttribute(e, 'weight'))).toEqual([2.5, 1]);
  });

  it('escapes <>&"\' and keeps non-ASCII text', () => {
    const graph = parse(MultiDirectedGraph, graphml);
    expect(graph.getNodeAttribute('i:0012', 'label')).toBe('Zuid-Holland ✓ <pilot> & "friends"');
    expect(graph.getNodeAttribute('i:0012', 'region')).toBe('Zuid-Holland ✓');
    expect(graphml).toContain('<data key="n_label">Zuid-Holland ✓ &lt;pilot&gt; &amp; &quot;friends&quot;</data>');
    expect(graphml).toContain('&apos;t Veld');
  });
});
