import {
  Group,
  Input,
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
import { CHARACTERISTICS, STATUSES } from '../../../domain/values';
import { humanize, useI18n, type MessageKey } from '../../../i18n';
import {
  buildInitiativeInput,
  buildInitiativePatch,
  characteristicsInput,
  emptyInitiativeValues,
  evidenceField,
  scoreField,
  type FieldErrors,
  type InitiativeFormValues,
  type ScoreValue,
} from './edit-logic';
import { IdAndNameFields, NodeDialog, NodeFormFrame, RegionField, useNodeForm } from './node-form';

const FIELDS = ['id', 'name', 'region', 'themes', 'status', 'startedOn', 'description'];
const SCORE_DATA = [{ value: '', label: '–' }, ...(['0', '1', '2', '3'] as const).map((s) => ({ value: s, label: s }))];

type Scores = InitiativeFormValues['scores'];
type SetScore = (c: Characteristic, patch: Partial<{ score: ScoreValue; evidence: string }>) => void;

/** The seven characteristics: a score 0–3 (or none) each, and the evidence it rests on. */
function ScoreFields({ scores, setScore, errors }: { scores: Scores; setScore: SetScore; errors: FieldErrors }) {
  const { t } = useI18n();
  return (
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
          return (
            <div key={c} data-testid={`score-${c}`}>
              <Group gap="xs" wrap="wrap" align="flex-end">
                <Input.Wrapper
                  label={name}
                  error={errors[scoreField(c)]}
                  id={`score-${c}`}
                  style={{ flex: '1 1 200px' }}
                >
                  <SegmentedControl
                    size="xs"
                    fullWidth
                    value={scores[c].score}
                    onChange={(v) => setScore(c, { score: v as ScoreValue })}
                    data={SCORE_DATA}
                    aria-label={`${name}: ${t('edit.field.score')}`}
                  />
                </Input.Wrapper>
                <TextInput
                  size="xs"
                  style={{ flex: '2 1 220px' }}
                  label={t('edit.field.evidence')}
                  aria-label={`${name}: ${t('edit.field.evidence')}`}
                  value={scores[c].evidence}
                  onChange={(ev) => setScore(c, { evidence: ev.currentTarget.value })}
                  error={errors[evidenceField(c)]}
                  disabled={scores[c].score === ''}
                />
              </Group>
            </div>
          );
        })}
      </Stack>
    </div>
  );
}

interface InitiativeFormProps {
  onClose: () => void;
  original?: InitiativeFormValues;
  onSaved: (id: string) => void;
}

/** The write of the form: the changes of an existing initiative (nothing changed closes it), or a new one. */
function useSubmit(
  values: InitiativeFormValues,
  { onClose, original, onSaved }: InitiativeFormProps,
  write: ReturnType<typeof useNodeForm>['write'],
) {
  return async (event: FormEvent) => {
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
  };
}

/** The form inside the dialog: mounted each time the dialog opens. */
function InitiativeFormBody(props: InitiativeFormProps) {
  const { t } = useI18n();
  const editing = props.original !== undefined;
  const { values, setValues, set, write, options, formRef } = useNodeForm(props.original, emptyInitiativeValues);
  const submit = useSubmit(values, props, write);
  const setScore: SetScore = (c, patch) => {
    setValues((v) => ({ ...v, scores: { ...v.scores, [c]: { ...v.scores[c], ...patch } } }));
    write.clear(patch.score !== undefined ? scoreField(c) : evidenceField(c));
  };
  const e = write.errors;
  return (
    <NodeFormFrame
      formRef={formRef}
      testId="initiative-form"
      onSubmit={submit}
      errors={e}
      saving={write.saving}
      editing={editing}
      createLabel={t('edit.initiative.create')}
      onClose={props.onClose}
    >
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
      <ScoreFields scores={values.scores} setScore={setScore} errors={e} />
    </NodeFormFrame>
  );
}

/**
 * Creates an initiative (no `original`) or edits one: its fields and the seven characteristics
 * (0–3, with evidence). The server validates; its problems show by the fields they are about, and
 * nothing is written while any remain.
 */
export function InitiativeForm({ opened, ...props }: InitiativeFormProps & { opened: boolean }) {
  const { t } = useI18n();
  const { original } = props;
  return (
    <NodeDialog
      opened={opened}
      onClose={props.onClose}
      title={original ? t('edit.initiative.editTitle', { name: original.name }) : t('edit.initiative.createTitle')}
      size="lg"
    >
      <InitiativeFormBody {...props} />
    </NodeDialog>
  );
}
