// The region report's small network picture: the region's slice laid out by Cytoscape without a
// screen (headless, cose), written as SVG with its legend by graph/svg.ts, so it prints sharply.
import cytoscape from 'cytoscape';
import { sliceToElements, legendCategories, type Slice } from '../../graph/elements';
import { edgeKindsOf, networkLegend, type LegendContent } from '../../graph/legend';
import { stylesheet } from '../../graph/style';
import { svgFromCy } from '../../graph/svg';
import type { Translate } from '../../i18n';

/** The legend of the picture: the encoding drawn, the theme colours in use, the region and the dates. */
export function pictureLegend(
  slice: Slice,
  t: Translate,
  options: { title: string; region: string; asOf: string | null; dataDate: string | null },
): LegendContent {
  const context = { colourBy: 'theme' as const };
  const elements = sliceToElements(slice, context);
  return networkLegend(
    {
      title: options.title,
      initiatives: slice.nodes.some((n) => n.kind === 'INITIATIVE'),
      actors: slice.nodes.some((n) => n.kind === 'ACTOR'),
      isolated: elements.some((e) => (e.data as { isolated?: number }).isolated === 1),
      edges: edgeKindsOf(slice.edges),
      colourHeading: `${t('colourBy')}: ${t('colourBy.theme')}`,
      colours: legendCategories(slice, context),
      filters: [options.region],
      asOf: options.asOf,
      dataDate: options.dataDate,
    },
    t,
  );
}

/** The slice drawn (cose layout, fixed seed order) as an SVG document with the legend under it. */
export function networkPictureSvg(slice: Slice, legend: LegendContent): string {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: sliceToElements(slice, { colourBy: 'theme' }),
    style: stylesheet('light'),
  });
  // room grows with the number of nodes, so a large region stays readable when scaled to the page
  const width = Math.max(760, Math.round(Math.sqrt(slice.nodes.length) * 120));
  try {
    cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      boundingBox: { x1: 0, y1: 0, w: width, h: Math.round(width * 0.6) },
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 60,
      numIter: 1500,
    }).run();
    return svgFromCy(cy, '#FFFFFF', legend.title, legend);
  } finally {
    cy.destroy();
  }
}
