import { ScrollArea, Table, Text, UnstyledButton } from '@mantine/core';
import type { RadarRegionsQuery } from '../../api/generated/graphql';
import { useI18n } from '../../i18n';
import { isolateShare, percent, regionsWorstFirst } from './radar-data';

/** All regions side by side, worst first: the overview that says which region needs attention. */
export function RegionTable({
  data,
  onChoose,
}: {
  data: RadarRegionsQuery | undefined;
  onChoose: (region: string) => void;
}) {
  const { t } = useI18n();
  const rows = regionsWorstFirst(data?.tieStructure.regions ?? []);
  if (rows.length === 0) return null;
  return (
    <section className="radar-card" aria-labelledby="radar-overview-label">
      <header className="radar-card-head">
        <Text size="sm" fw={600} id="radar-overview-label" component="h2">
          {t('radar.overview')}
        </Text>
      </header>
      <ScrollArea type="auto">
        <Table fz="sm" verticalSpacing={4} striped highlightOnHover data-testid="region-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('region')}</Table.Th>
              <Table.Th ta="right">{t('radar.fig.isolates')}</Table.Th>
              <Table.Th ta="right">%</Table.Th>
              <Table.Th ta="right">{t('radar.fig.pendants')}</Table.Th>
              <Table.Th ta="right">{t('radar.fig.components')}</Table.Th>
              <Table.Th ta="right">{t('radar.fig.largest')}</Table.Th>
              <Table.Th ta="right">{t('radar.fig.initiatives')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.region}>
                <Table.Td>
                  <UnstyledButton onClick={() => onChoose(r.region)} className="radar-table-link">
                    {r.region}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td ta="right" fw={700}>
                  {r.isolates}
                </Table.Td>
                <Table.Td ta="right">{percent(isolateShare(r))}</Table.Td>
                <Table.Td ta="right">{r.pendants}</Table.Td>
                <Table.Td ta="right">{r.components}</Table.Td>
                <Table.Td ta="right">{percent(r.largestComponentShare)}</Table.Td>
                <Table.Td ta="right">{r.initiatives}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </section>
  );
}
