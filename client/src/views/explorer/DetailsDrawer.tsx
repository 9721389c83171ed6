import {
  Alert,
  Anchor,
  Badge,
  Button,
  CloseButton,
  Group,
  Loader,
  Progress,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import {
  ActorDetailsDocument,
  InitiativeDetailsDocument,
  type ActorDetailsQuery,
  type Characteristic,
  type InitiativeDetailsQuery,
} from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { MODE_COLOURS } from '../../graph/encoding';
import { humanize, useI18n } from '../../i18n';

const CHARACTERISTICS: Characteristic[] = [
  'TANGIBLE_RESULTS',
  'ENERGY_PLACE',
  'FRICTION_OVERCOME',
  'DEEP_CHANGE',
  'SYSTEM_STEP',
  'CONNECTED_CHANGE',
  'AMPLIFICATION_POTENTIAL',
];
const SCORE_WORD = ['absent', 'weak', 'clear', 'strong'];

function Section({ title, children, empty }: { title: string; children: ReactNode; empty: boolean }) {
  const { t } = useI18n();
  return (
    <section>
      <Text fw={600} size="sm" mb={4}>
        {title}
      </Text>
      {empty ? (
        <Text size="sm" c="dimmed">
          {t('none')}
        </Text>
      ) : (
        children
      )}
    </section>
  );
}

type Select = (nodeId: string) => void;

/** The details of the selected initiative or actor; the selection is a GraphNode id. */
export function DetailsDrawer({
  selected,
  onSelect,
  onFocus,
  onClose,
}: {
  selected: string | null;
  onSelect: Select;
  onFocus: (nodeId: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [kind, ...rest] = (selected ?? '').split(':');
  const id = rest.join(':');
  return (
    <ScrollArea h="100%" type="auto" offsetScrollbars data-testid="details">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4">
          {t('details')}
        </Title>
        {selected && <CloseButton onClick={onClose} aria-label="Close details" />}
      </Group>
      {!selected && (
        <Text size="sm" c="dimmed">
          {t('noSelection')}
        </Text>
      )}
      {selected && kind === 'initiative' && <InitiativeDetails id={id} onSelect={onSelect} />}
      {selected && kind === 'actor' && <ActorDetails id={id} onSelect={onSelect} />}
      {selected && (
        <Button variant="light" size="xs" mt="md" onClick={() => onFocus(selected)}>
          {t('focus')}
        </Button>
      )}
    </ScrollArea>
  );
}

function Loading() {
  return (
    <Group role="status">
      <Loader size="xs" /> <Text size="sm">…</Text>
    </Group>
  );
}

function InitiativeDetails({ id, onSelect }: { id: string; onSelect: Select }) {
  const { t } = useI18n();
  const q = useQuery(InitiativeDetailsDocument, { id });
  if (q.status === 'error')
    return (
      <Alert color="red" role="alert">
        {q.message}
      </Alert>
    );
  const i: InitiativeDetailsQuery['initiative'] | undefined = q.data?.initiative;
  if (q.status === 'loading' && (!i || i.id !== id)) return <Loading />;
  if (!i) return <Text size="sm">No initiative {id}: it may have been deleted.</Text>;
  const scores = new Map(i.characteristics.map((c) => [c.characteristic, c]));
  const link = (otherId: string, name: string) => (
    <Anchor component="button" type="button" size="sm" onClick={() => onSelect(`initiative:${otherId}`)}>
      {name}
    </Anchor>
  );
  return (
    <Stack gap="md" data-testid="initiative-details">
      <div>
        <Title order={3} size="h5">
          {i.name}
        </Title>
        <Group gap={6} mt={4}>
          <Badge variant="light">{t('initiative')}</Badge>
          {i.region && <Badge variant="outline">{i.region}</Badge>}
          {i.status && <Badge variant="outline">{humanize(i.status)}</Badge>}
          {i.themes.map((th) => (
            <Badge key={th} variant="dot">
              {th}
            </Badge>
          ))}
        </Group>
        {i.startedOn && (
          <Text size="xs" c="dimmed" mt={4}>
            {t('started')} {i.startedOn}
          </Text>
        )}
        {i.description && (
          <Text size="sm" mt="xs">
            {i.description}
          </Text>
        )}
      </div>
      <Section title={t('characteristics')} empty={false}>
        <Stack gap={6}>
          {CHARACTERISTICS.map((c) => {
            const s = scores.get(c);
            return (
              <div key={c}>
                <Group justify="space-between" gap={4}>
                  <Text size="xs">{humanize(c)}</Text>
                  <Text size="xs" c="dimmed">
                    {s ? `${s.score} · ${SCORE_WORD[s.score] ?? ''}` : 'not scored'}
                  </Text>
                </Group>
                <Progress value={((s?.score ?? 0) / 3) * 100} size="sm" aria-label={humanize(c)} />
                {s?.evidence && (
                  <Text size="xs" c="dimmed" fs="italic">
                    {s.evidence}
                  </Text>
                )}
              </div>
            );
          })}
        </Stack>
      </Section>
      <Section title={t('actorsInvolved')} empty={i.actors.length === 0}>
        <Stack gap={2}>
          {i.actors.map((a) => (
            <Text size="sm" key={a.actor.id}>
              <Anchor component="button" type="button" size="sm" onClick={() => onSelect(`actor:${a.actor.id}`)}>
                {a.actor.name}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                {[a.actor.kind && humanize(a.actor.kind), a.role, a.since && `since ${a.since}`]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Text>
          ))}
        </Stack>
      </Section>
      {(['in', 'out'] as const).map((direction) => {
        const list =
          direction === 'in'
            ? i.amplificationsIn.map((a) => ({ ...a, other: a.from }))
            : i.amplificationsOut.map((a) => ({ ...a, other: a.to }));
        return (
          <Section
            key={direction}
            title={t(direction === 'in' ? 'amplificationsIn' : 'amplificationsOut')}
            empty={list.length === 0}
          >
            <Stack gap={4}>
              {list.map((a) => {
                const other = a.other;
                return (
                  <div key={`${other.id}-${a.mode}`}>
                    <Badge size="xs" color={MODE_COLOURS[a.mode]} mr={6}>
                      {t(`mode.${a.mode}`)}
                    </Badge>
                    {link(other.id, other.name)}
                    {a.on && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        · {a.on}
                      </Text>
                    )}
                    {a.evidence && (
                      <Text size="xs" c="dimmed" fs="italic">
                        {a.evidence}
                      </Text>
                    )}
                  </div>
                );
              })}
            </Stack>
          </Section>
        );
      })}
      <Section title={t('outcomes')} empty={i.outcomes.length === 0}>
        <Stack gap={2}>
          {i.outcomes.map((o) => (
            <Text size="sm" key={`${o.kind}-${o.name ?? ''}`}>
              {humanize(o.kind)}
              {o.name ? `: ${o.name}` : ''}
              {o.on && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  · {o.on}
                </Text>
              )}
            </Text>
          ))}
        </Stack>
      </Section>
      <Section title={t('barriers')} empty={i.barriers.length === 0}>
        <Stack gap={2}>
          {i.barriers.map((b) => (
            <Text size="sm" key={b.barrier}>
              {humanize(b.barrier)}{' '}
              {b.overcome && (
                <Badge size="xs" color="teal" variant="light">
                  {t('overcome')}
                  {b.on ? ` ${b.on}` : ''}
                </Badge>
              )}
              {b.note && (
                <Text size="xs" c="dimmed" fs="italic">
                  {b.note}
                </Text>
              )}
            </Text>
          ))}
        </Stack>
      </Section>
    </Stack>
  );
}

function ActorDetails({ id, onSelect }: { id: string; onSelect: Select }) {
  const { t } = useI18n();
  const q = useQuery(ActorDetailsDocument, { id });
  if (q.status === 'error')
    return (
      <Alert color="red" role="alert">
        {q.message}
      </Alert>
    );
  const a: ActorDetailsQuery['actor'] | undefined = q.data?.actor;
  if (q.status === 'loading' && (!a || a.id !== id)) return <Loading />;
  if (!a) return <Text size="sm">No actor {id}: it may have been deleted.</Text>;
  return (
    <Stack gap="md" data-testid="actor-details">
      <div>
        <Title order={3} size="h5">
          {a.name}
        </Title>
        <Group gap={6} mt={4}>
          <Badge variant="light" color="gray">
            {t('actor')}
          </Badge>
          {a.kind && <Badge variant="outline">{humanize(a.kind)}</Badge>}
          {a.region && <Badge variant="outline">{a.region}</Badge>}
        </Group>
      </div>
      <Section title={t('initiatives')} empty={a.initiatives.length === 0}>
        <Stack gap={2}>
          {a.initiatives.map((i) => (
            <Text size="sm" key={i.initiative.id}>
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => onSelect(`initiative:${i.initiative.id}`)}
              >
                {i.initiative.name}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                {[i.role, i.since && `since ${i.since}`].filter(Boolean).join(' · ')}
              </Text>
            </Text>
          ))}
        </Stack>
      </Section>
      {(['out', 'in'] as const).map((direction) => {
        const list =
          direction === 'out'
            ? a.influencesOut.map((f) => ({ weight: f.weight, other: f.to }))
            : a.influencesIn.map((f) => ({ weight: f.weight, other: f.from }));
        return (
          <Section
            key={direction}
            title={t(direction === 'out' ? 'influencesOut' : 'influencesIn')}
            empty={list.length === 0}
          >
            <Stack gap={2}>
              {list.map((f) => (
                <Text size="sm" key={f.other.id}>
                  <Anchor component="button" type="button" size="sm" onClick={() => onSelect(`actor:${f.other.id}`)}>
                    {f.other.name}
                  </Anchor>{' '}
                  <Text span size="xs" c="dimmed">
                    weight {f.weight}
                  </Text>
                </Text>
              ))}
            </Stack>
          </Section>
        );
      })}
    </Stack>
  );
}
