import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { AWKWARD_TEXT, sampleNetwork, xmlWellFormednessError } from './fixtures.js';
import { networkToGexf } from './gexf.js';

describe('networkToGexf', () => {
  const gexf = networkToGexf(sampleNetwork());

  it('is well-formed GEXF 1.3 with a static directed graph', () => {
    expect(xmlWellFormednessError(gexf)).toBeUndefined();
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(gexf).toContain('version="1.3"');
    expect(gexf).toContain('<graph mode="static" defaultedgetype="directed">');
  });

  it('declares every attribute with its type, whether or not any element has a value', () => {
    expect(gexf).toContain('<attribute id="latitude" title="latitude" type="double"/>');
    expect(gexf).toContain('<attribute id="confidence" title="confidence" type="double"/>');
    const empty = networkToGexf({});
    expect(empty).toContain('<attributes class="node">');
    expect(empty).toContain('<attribute id="mechanisms" title="mechanisms" type="string"/>');
  });

  it("parses with graphology-gexf into the network's nodes, edges and typed attributes", () => {
    const graph = parse(MultiDirectedGraph, gexf);
    expect(graph.type).toBe('directed');
    expect(graph.order).toBe(6); // 3 initiatives + 3 actors
    expect(graph.size).toBe(7); // 2 involvements + 2 influences + 3 amplifications

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
    expect(graph.getNodeAttributes('a:a-coop')).toEqual({
      label: 'Coöperatie Zonnedorp U.A.',
      type: 'actor',
      kind: 'CITIZEN_COLLECTIVE',
      region: 'Drenthe',
    });

    const involvement = graph.findEdge((_e, attr) => attr.relationship === 'INVOLVED_IN');
    expect(graph.source(involvement!)).toBe('a:a-coop');
    expect(graph.target(involvement!)).toBe('i:zon-1');
    expect(graph.getEdgeAttributes(involvement!)).toMatchObject({
      label: 'INVOLVED_IN',
      kind: 'INVOLVED_IN',
      role: 'initiator, owner',
    });

    const influences = graph.filterEdges((_e, attr) => attr.relationship === 'INFLUENCES');
    expect(influences.map((e): unknown => graph.getEdgeAttribute(e, 'weight'))).toEqual([2.5, 1]);

    // Two amplifications join zon-1 and zon-3 (spreading and deepening): parallel edges survive.
    const spreading = graph.findEdge((_e, attr) => attr.mode === 'SPREADING');
    expect(graph.getEdgeAttributes(spreading!)).toEqual({
      label: 'AMPLIFIES',
      kind: 'AMPLIFIES',
      relationship: 'AMPLIFIES',
      mode: 'SPREADING',
      on: '2018-06-01',
      evidence: AWKWARD_TEXT,
      confidence: 0.75,
      mechanisms: 'PROFESSIONALISATION|LOGIC_OF_ATTRACTION',
    });
    expect(graph.edges('i:zon-1', 'i:zon-3')).toHaveLength(2);
  });

  it('keeps awkward names and non-ASCII text intact', () => {
    const graph = parse(MultiDirectedGraph, gexf);
    expect(graph.getNodeAttribute('i:0012', 'label')).toBe('Zuid-Holland ✓ <pilot> & "friends"');
    expect(graph.getNodeAttribute('i:0012', 'region')).toBe('Zuid-Holland ✓');
    expect(graph.getNodeAttribute('a:a-x', 'label')).toBe('Stichting "Samen" <Sterk> & Co');
  });
});
