import { Container, Stack, Tabs, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Shell } from '../../components/Shell';
import { useI18n } from '../../i18n';
import { CommunitiesPanel } from './CommunitiesPanel';
import { BrokersPanel, CentralityPanel } from './RankingPanels';
import {
  nextSort,
  parseRankingsState,
  TABS,
  writeRankingsState,
  type RankingsState,
  type RankingTab,
} from './rankings-url';
import './rankings.css';

/** Rankings of actors and initiatives by a measure, brokers, and communities; all state in the URL. */
export function RankingsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseRankingsState(params), [params]);
  const update = useCallback(
    (patch: Partial<RankingsState>) => setParams((p) => writeRankingsState(p, patch), { replace: true }),
    [setParams],
  );
  const onSort = useCallback((column: string) => update(nextSort(state, column)), [update, state]);
  // "try again" remounts the panel, which asks the API again
  const [attempt, setAttempt] = useState(0);
  const onRetry = useCallback(() => setAttempt((a) => a + 1), []);
  const props = { state, update, onSort, onRetry };

  return (
    <Shell>
      <Container size="xl" py="lg">
        <Stack gap="md">
          <div>
            <Title order={2}>{t('rankings.title')}</Title>
            <Text c="dimmed" size="sm" maw={820}>
              {t('rankings.intro')}
            </Text>
          </div>
          <Tabs
            value={state.tab}
            onChange={(v) => {
              const tab = TABS.find((x) => x === v);
              if (tab) setParams((p) => writeRankingsState(p, { tab }));
            }}
            keepMounted={false}
          >
            <Tabs.List aria-label={t('rankings.tabs')}>
              {TABS.map((tab: RankingTab) => (
                <Tabs.Tab key={tab} value={tab} data-testid={`tab-${tab}`}>
                  {t(`rankings.tab.${tab}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="actors" pt="md" key={`actors-${attempt}`}>
              <CentralityPanel kind="actors" {...props} />
            </Tabs.Panel>
            <Tabs.Panel value="initiatives" pt="md" key={`initiatives-${attempt}`}>
              <CentralityPanel kind="initiatives" {...props} />
            </Tabs.Panel>
            <Tabs.Panel value="brokers" pt="md" key={`brokers-${attempt}`}>
              <BrokersPanel {...props} />
            </Tabs.Panel>
            <Tabs.Panel value="communities" pt="md" key={`communities-${attempt}`}>
              <CommunitiesPanel {...props} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      </Container>
    </Shell>
  );
}
