import { Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n';
import { FormAlert, useWrite } from '../edit/form-kit';
import { NodePicker } from '../edit/NodePicker';
import { checkValues, type FieldSpec, type FormValues, type RelationForm as Form } from './relation-form';

/** One field of a relation form, drawn by its type. */
function Field({
  field,
  value,
  onChange,
  error,
  thisId,
}: {
  field: FieldSpec;
  value: string | boolean | undefined;
  onChange: (value: string | boolean) => void;
  error: string | undefined;
  thisId: string;
}) {
  const { t } = useI18n();
  const text = typeof value === 'string' ? value : '';
  switch (field.type) {
    case 'node':
      return (
        <NodePicker
          kind={field.node}
          label={t(field.label)}
          value={text || null}
          onChange={(id) => onChange(id ?? '')}
          error={error}
          {...(field.excludeSelf ? { exclude: thisId } : {})}
          testId="pick-other"
        />
      );
    case 'select':
      return (
        <Select
          size="xs"
          label={t(field.label)}
          value={text || null}
          onChange={(v) => onChange(v ?? '')}
          data={field.options.map((o) => ({ value: o, label: field.optionLabel(o, t) }))}
          error={error}
          required
        />
      );
    case 'check':
      return (
        <Checkbox
          size="xs"
          label={t(field.label)}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
      );
    case 'date':
    case 'text':
      return (
        <TextInput
          size="xs"
          label={t(field.label)}
          {...(field.type === 'date' ? { placeholder: 'YYYY-MM-DD' } : {})}
          {...(field.type === 'text' && field.description ? { description: t(field.description) } : {})}
          {...(field.type === 'text' && field.decimal ? { inputMode: 'decimal' as const } : {})}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
        />
      );
  }
}

/** The open form: what the server said that belongs to no field, the fields, Cancel and Add. */
function OpenForm({ form, thisId, done }: { form: Form; thisId: string; done: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState<FormValues>(form.empty);
  const write = useWrite();
  const set = (name: string, value: string | boolean) => {
    setValues((v) => ({ ...v, [name]: value }));
    write.clear(name);
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = checkValues(form, values, t);
    if (problems) return write.setErrors(problems);
    if (await form.save(write.run, thisId, values)) done();
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap={6}>
        <FormAlert errors={write.errors} />
        {form.fields.map((field) => (
          <Field
            key={field.name}
            field={field}
            value={values[field.name]}
            onChange={(value) => set(field.name, value)}
            error={write.errors[field.name]}
            thisId={thisId}
          />
        ))}
        <Group justify="flex-end" gap="xs">
          <Button size="compact-sm" variant="default" onClick={done}>
            {t('edit.cancel')}
          </Button>
          <Button size="compact-sm" type="submit" loading={write.saving}>
            {t('edit.add.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "+ Add …" under a section of the details: opens the relation's form in place, closes after saving. */
export function RelationFormPanel({ form, thisId }: { form: Form; thisId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button
        size="compact-xs"
        variant="subtle"
        onClick={() => setOpen(true)}
        mt={4}
        data-testid={`add-${form.testId}`}
      >
        + {t(form.add)}
      </Button>
    );
  return (
    <Paper withBorder p="xs" mt={4} data-testid={`form-${form.testId}`}>
      <Text size="xs" fw={600} mb={4}>
        {t(form.add)}
      </Text>
      <OpenForm form={form} thisId={thisId} done={() => setOpen(false)} />
    </Paper>
  );
}
