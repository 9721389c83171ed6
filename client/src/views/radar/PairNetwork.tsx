import { Alert, Anchor, Group, Loader, ScrollArea, Table, Text, useComputedColorScheme } from '@mantine/core';
import type { ElementDefinition } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { NeighbourhoodDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { legendCategories, type Slice } from '../../graph/elements';
import { mergeSlices } from '../../graph/merge';
import { useI18n, type MessageKey } from '../../i18n';
import { NetworkCanvas } from '../../canvas/NetworkCanvas';
import { NodeTooltipEffect } from '../../canvas/NodeTooltipEffect';
import { ZoomControls } from '../../canvas/ZoomControls';
import { PairElementsEffect, RadarStyleEffect } from './effects';
import { pairLink } from './radar-url';
import { drawnNodes, initiativeNode, legendFirst, radarElements, type DrawnNode } from './radar-data';

/** regions named in the legend: the isolate's and the partner's first */
const LEGEND_REGIONS = 6;
const NO_ELEMENTS: ElementDefinition[] = [];

interface Drawing {
  key: string;
  elements: ElementDefinition[];
  nodes: DrawnNode[];
  legend: [string, string][];
  truncated: boolean;
}

const hasNode = (slice: Slice | undefined, id: string): slice is Slice => !!slice?.nodes.some((n) => n.id === id);

interface PairIds {
  isolateId: string;
  /** a weakly tied initiative's only tie (null for an isolate) */
  tiedId: string | null;
  partnerId: string | null;
  /** entity ids of the region's isolated initiatives (amber ring) */
  isolated: ReadonlySet<string>;
}

/**
 * The neighbourhoods of the isolate (or weakly tied initiative), its tie and the partner, merged
 * into what the canvas draws once all have come; the last drawing stays while the next loads (so
 * the canvas does not flash empty); the first failure.
 */
function usePairDrawing({ isolateId, tiedId, partnerId, isolated }: PairIds) {
  const isoNode = initiativeNode(isolateId);
  const partnerNode = partnerId === null ? null : initiativeNode(partnerId);
  const tiedNode = tiedId === null ? null : initiativeNode(tiedId);
  const iso = useQuery(NeighbourhoodDocument, { id: isolateId, kind: 'INITIATIVE', depth: 1 });
  const tie = useQuery(NeighbourhoodDocument, { id: tiedId ?? '', kind: 'INITIATIVE', depth: 1 }, tiedId === null);
  const par = useQuery(
    NeighbourhoodDocument,
    { id: partnerId ?? '', kind: 'INITIATIVE', depth: 1 },
    partnerId === null,
  );
  // an answer counts only when it is about the current initiative (the previous one stays while the next loads)
  const isoSlice = hasNode(iso.data?.neighbourhood, isoNode) ? iso.data.neighbourhood : undefined;
  const parSlice = partnerNode && hasNode(par.data?.neighbourhood, partnerNode) ? par.data.neighbourhood : undefined;
  const tieSlice = tiedNode && hasNode(tie.data?.neighbourhood, tiedNode) ? tie.data.neighbourhood : undefined;
  const drawing = useMemo<Drawing | null>(() => {
    if (!isoSlice || (partnerNode !== null && !parSlice) || (tiedNode !== null && !tieSlice)) return null;
    const slice = mergeSlices([isoSlice, ...(tieSlice ? [tieSlice] : []), ...(parSlice ? [parSlice] : [])]);
    return {
      key: `${isoNode}|${tiedNode ?? ''}|${partnerNode ?? ''}`,
      elements: radarElements(slice, isoNode, partnerNode, isolated, tiedNode),
      nodes: drawnNodes(slice, isoNode, partnerNode, tiedNode),
      legend: legendFirst(
        legendCategories(slice, { colourBy: 'region' }),
        [isoNode, tiedNode, partnerNode].map((id) => slice.nodes.find((n) => n.id === id)?.region),
        LEGEND_REGIONS,
      ),
      truncated: slice.truncated,
    };
  }, [isoSlice, tieSlice, parSlice, isoNode, tiedNode, partnerNode, isolated]);
  // the last complete drawing, kept from render to render (state set while rendering, as React allows)
  const [last, setLast] = useState<Drawing | null>(null);
  if (drawing !== null && drawing !== last) setLast(drawing);
  const failed =
    iso.status === 'error'
      ? iso
      : tiedId !== null && tie.status === 'error'
        ? tie
        : partnerId !== null && par.status === 'error'
          ? par
          : null;
  return { drawing, shown: drawing ?? last, failed: failed?.status === 'error' ? failed.message : null };
}

/** On a narrow screen the drawing is below the suggestions: it comes into view when a partner is chosen. */
function useRevealOnPartner(partnerId: string | null) {
  const section = useRef<HTMLElement>(null);
  const firstPartner = useRef(partnerId);
  useEffect(() => {
    if (partnerId === null || partnerId === firstPartner.current) return;
    firstPartner.current = null;
    const box = section.current?.getBoundingClientRect();
    if (box && box.top > window.innerHeight * 0.6)
      section.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [partnerId]);
  return section;
}

/** The rings, the lines and the region colours of the drawing. */
function PairLegend({ legend, weak, suggested }: { legend: [string, string][]; weak: boolean; suggested: boolean }) {
  const { t } = useI18n();
  return (
    <div className="radar-legend" aria-label={t('legend')}>
      <span className="radar-legend-item">
        <span className="radar-ring" aria-hidden="true" />
        {t('radar.legend.isolated')}
      </span>
      {weak && (
        <>
          <span className="radar-legend-item" data-testid="legend-weak">
            <span className="radar-ring radar-ring-weak" aria-hidden="true" />
            {t('radar.legend.weak')}
          </span>
          <span className="radar-legend-item" data-testid="legend-existing">
            <svg width="26" height="8" aria-hidden="true">
              <line x1="1" y1="4" x2="25" y2="4" className="radar-legend-existing" />
            </svg>
            {t('radar.legend.existing')}
          </span>
        </>
      )}
      {suggested && (
        <span className="radar-legend-item" data-testid="legend-suggested">
          <svg width="26" height="8" aria-hidden="true">
            <line x1="1" y1="4" x2="25" y2="4" className="radar-legend-suggested" />
          </svg>
          {t('radar.legend.suggested')}
        </span>
      )}
      <span className="radar-legend-item">{t('radar.legend.colour')}:</span>
      {legend.map(([region, colour]) => (
        <span key={region} className="radar-legend-item">
          <span className="radar-swatch" style={{ background: colour }} aria-hidden="true" />
          {region}
        </span>
      ))}
    </div>
  );
}

/** The card's head: which pair is drawn, and the link that opens it in the explorer. */
function PairHeader({ pair, link }: { pair: string; link: string | null }) {
  const { t } = useI18n();
  return (
    <header className="radar-card-head">
      <div className="radar-head-text">
        <Text size="sm" fw={600} id="radar-network-label" component="h2">
          {t('radar.network')}
        </Text>
        <Text size="xs" c="dimmed" className="radar-ellipsis" data-testid="network-pair">
          {pair}
        </Text>
      </div>
      {link !== null && (
        <Anchor
          component={Link}
          to={link}
          size="xs"
          fw={600}
          data-testid="open-explorer"
          className="radar-explorer-link"
        >
          {t('radar.openExplorer')} →
        </Anchor>
      )}
    </header>
  );
}

/**
 * The isolate with its own neighbourhood and, once a suggestion is chosen, the partner with its
 * 1-step neighbourhood (two neighbourhood answers merged), both marked, the suggested tie dashed;
 * with the list of what is drawn and a link to the explorer. A weakly tied initiative (`tiedId`
 * given) is drawn with its one tie and that tie's 1-step neighbourhood too, the existing tie's
 * edges solid and strong.
 */
export function PairNetwork({
  isolateName,
  partnerName,
  tiedName = null,
  ...ids
}: Omit<PairIds, 'tiedId'> & {
  tiedId?: string | null;
  isolateName: string;
  tiedName?: string | null;
  partnerName: string | null;
}) {
  const { t } = useI18n();
  const scheme = useComputedColorScheme('light');
  const tooltip = useRef<HTMLDivElement>(null);
  const { isolateId, partnerId } = ids;
  const tiedId = ids.tiedId ?? null;
  const { drawing, shown, failed } = usePairDrawing({ ...ids, tiedId });
  const section = useRevealOnPartner(partnerId);
  const focusName = tiedName === null ? isolateName : t('radar.pairWeak', { name: isolateName, tied: tiedName });
  return (
    <section ref={section} className="radar-card radar-network" aria-labelledby="radar-network-label">
      <PairHeader
        pair={partnerName === null ? focusName : `${focusName} ↔ ${partnerName}`}
        link={partnerId === null ? null : pairLink(isolateId, partnerId, tiedId)}
      />
      <div className="radar-stage">
        <NetworkCanvas label={t('radar.network')}>
          <RadarStyleEffect scheme={scheme} />
          <PairElementsEffect elements={shown?.elements ?? NO_ELEMENTS} />
          <NodeTooltipEffect tooltip={tooltip} />
          <ZoomControls labels={{ in: t('zoomIn'), out: t('zoomOut'), fit: t('fit'), png: t('png') }} />
        </NetworkCanvas>
        <div ref={tooltip} className="node-tooltip" role="tooltip" hidden />
        {!drawing && failed === null && (
          <Group gap={6} role="status" className="radar-stage-message" data-testid="network-loading">
            <Loader size="xs" />
            <Text size="xs">{t('radar.loadingNetwork')}</Text>
          </Group>
        )}
        {failed !== null && (
          <Alert color="red" role="alert" title={t('radar.errorNetwork')} p="xs" className="radar-stage-message">
            <Text size="xs">{failed}</Text>
          </Alert>
        )}
        {partnerId === null && drawing && (
          <Text size="xs" className="radar-stage-hint" role="status" data-testid="pick-partner">
            {t('radar.pickPartner', { name: isolateName })}
          </Text>
        )}
      </div>
      {shown && <PairLegend legend={shown.legend} weak={tiedId !== null} suggested={partnerId !== null} />}
      {drawing?.truncated && (
        <Text size="xs" c="dimmed" px="sm" pt={4}>
          {tiedId === null ? t('radar.truncated') : t('radar.truncatedWeak')}
        </Text>
      )}
      {drawing && <DrawnList nodes={drawing.nodes} weak={tiedId !== null} />}
    </section>
  );
}

const ROLE_KEY: Record<DrawnNode['role'], MessageKey> = {
  isolate: 'radar.role.isolate',
  weak: 'radar.role.weak',
  tied: 'radar.role.tied',
  partner: 'radar.role.partner',
  neighbour: 'radar.role.neighbour',
  actor: 'radar.role.actor',
};

/** What the canvas draws, as a table: the accessible alternative to the drawing. */
function DrawnList({ nodes, weak }: { nodes: DrawnNode[]; weak: boolean }) {
  const { t } = useI18n();
  return (
    <details className="radar-drawn">
      <summary data-testid="drawn-summary">
        {t('radar.drawnList')} · {t('radar.drawn', { n: nodes.length })}
      </summary>
      <ScrollArea.Autosize mah={180} type="auto">
        <Table fz="xs" verticalSpacing={2} data-testid="drawn-nodes" aria-label={t('radar.drawnList')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('name')}</Table.Th>
              <Table.Th>{t('radar.role')}</Table.Th>
              <Table.Th>{t('region')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {nodes.map((n) => (
              <Table.Tr key={n.id} data-role={n.role} data-node={n.id}>
                <Table.Td fw={n.role === 'actor' || n.role === 'neighbour' ? undefined : 700}>{n.label}</Table.Td>
                <Table.Td>{t(weak && n.role === 'neighbour' ? 'radar.role.nearby' : ROLE_KEY[n.role])}</Table.Td>
                <Table.Td>{n.region ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </details>
  );
}
