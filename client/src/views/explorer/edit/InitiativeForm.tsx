import {
  Group,
  Input,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { type FormEvent } from 'react';
import {
  EditCreateInitiativeDocument,
  EditUpdateInitiativeDocument,
  type Characteristic,
} from '../../../api/generated/graphql';
import { humanize, useI18n, type MessageKey } from '../../../i18n';
import {
  buildInitiativeInput,
  buildInitiativePatch,
  characteristicsInput,
  emptyInitiativeValues,
  evidenceField,
  scoreField,
  type InitiativeFormValues,
  type ScoreValue,
} from './edit-logic';
import { CHARACTERISTICS, STATUSES } from '../../../domain/values';
import { FormAlert, IdAndNameFields, NodeFormButtons, RegionField, useNodeForm } from './form-kit';

const FIELDS = ['id', 'name', 'region', 'themes', 'status', 'startedOn', 'description'];

/**
 * Creates an initiative (no `original`) or edits one: its fields and the seven characteristics
 * (0–3, with evidence). The server validates; its problems show by the fields they are about, and
 * nothing is written while any remain.
 */
export function InitiativeForm({
  opened,
  onClose,
  original,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  original?: InitiativeFormValues;
  onSaved: (id: string) => void;
}) {
  const { t } = useI18n();
  const editing = original !== undefined;
  const { values, setValues, set, write, options, formRef, narrow } = useNodeForm(
    opened,
    original,
    emptyInitiativeValues,
  );
  function setScore(c: Characteristic, patch: Partial<{ score: ScoreValue; evidence: string }>) {
    setValues((v) => ({ ...v, scores: { ...v.scores, [c]: { ...v.scores[c], ...patch } } }));
    write.clear(patch.score !== undefined ? scoreField(c) : evidenceField(c));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const sent = characteristicsInput(values).map((c) => c.characteristic);
    const mapOptions = { fields: FIELDS, characteristics: sent, conflictField: 'id' };
    if (original) {
      const patch = buildInitiativePatch(values, original);
      if (Object.keys(patch).length === 0) {
        onClose();
        return;
      }
      const result = await write.run(EditUpdateInitiativeDocument, { id: original.id, patch }, mapOptions);
      if (result) onSaved(result.updateInitiative.id);
    } else {
      const result = await write.run(EditCreateInitiativeDocument, { input: buildInitiativeInput(values) }, mapOptions);
      if (result) onSaved(result.createInitiative.id);
    }
  }

  const e = write.errors;
  const scoreData = [
    { value: '', label: '–' },
    ...(['0', '1', '2', '3'] as const).map((s) => ({ value: s, label: s })),
  ];
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={editing ? t('edit.initiative.editTitle', { name: original.name }) : t('edit.initiative.createTitle')}
      size="lg"
      fullScreen={narrow}
    >
      <form onSubmit={(ev) => void submit(ev)} ref={formRef} noValidate data-testid="initiative-form">
        <Stack gap="sm">
          <FormAlert errors={e} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <IdAndNameFields values={values} set={set} errors={e} editing={editing} />
            <RegionField
              value={values.region}
              onChange={(v) => set('region', v)}
              regions={options.data?.regions}
              error={e.region}
            />
            <Select
              label={t('status')}
              value={values.status || null}
              onChange={(v) => set('status', v ?? '')}
              data={STATUSES.map((s) => ({ value: s, label: humanize(s) }))}
              clearable
              error={e.status}
            />
            <TagsInput
              label={t('edit.field.themes')}
              description={t('edit.field.themesHelp')}
              value={values.themes}
              onChange={(v) => set('themes', v)}
              data={options.data?.themes ?? []}
              limit={12}
              error={e.themes}
            />
            <TextInput
              label={t('edit.field.startedOn')}
              description={t('edit.field.dateHelp')}
              placeholder="YYYY-MM-DD"
              value={values.startedOn}
              onChange={(ev) => set('startedOn', ev.currentTarget.value)}
              error={e.startedOn}
            />
          </SimpleGrid>
          <Textarea
            label={t('edit.field.description')}
            value={values.description}
            onChange={(ev) => set('description', ev.currentTarget.value)}
            error={e.description}
            autosize
            minRows={2}
            maxRows={6}
          />
          <div>
            <Text fw={600} size="sm">
              {t('characteristics')}
            </Text>
            <Text size="xs" c="dimmed" mb="xs">
              {t('edit.field.scoresHelp')}
            </Text>
            <Stack gap="xs">
              {CHARACTERISTICS.map((c) => {
                const name = t(`edit.char.${c}` as MessageKey);
                const scoreError = e[scoreField(c)];
                return (
                  <div key={c} data-testid={`score-${c}`}>
                    <Group gap="xs" wrap="wrap" align="flex-end">
                      <Input.Wrapper label={name} error={scoreError} id={`score-${c}`} style={{ flex: '1 1 200px' }}>
                        <SegmentedControl
                          size="xs"
                          fullWidth
                          value={values.scores[c].score}
                          onChange={(v) => setScore(c, { score: v as ScoreValue })}
                          data={scoreData}
                          aria-label={`${name}: ${t('edit.field.score')}`}
                        />
                      </Input.Wrapper>
                      <TextInput
                        size="xs"
                        style={{ flex: '2 1 220px' }}
                        label={t('edit.field.evidence')}
                        aria-label={`${name}: ${t('edit.field.evidence')}`}
                        value={values.scores[c].evidence}
                        onChange={(ev) => setScore(c, { evidence: ev.currentTarget.value })}
                        error={e[evidenceField(c)]}
                        disabled={values.scores[c].score === ''}
                      />
                    </Group>
                  </div>
                );
              })}
            </Stack>
          </div>
          <NodeFormButtons
            editing={editing}
            createLabel={t('edit.initiative.create')}
            saving={write.saving}
            onClose={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
