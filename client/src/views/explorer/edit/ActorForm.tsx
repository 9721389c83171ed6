import { Select } from '@mantine/core';
import { type FormEvent } from 'react';
import { EditCreateActorDocument, EditUpdateActorDocument } from '../../../api/generated/graphql';
import { ACTOR_KINDS } from '../../../domain/values';
import { humanize, useI18n } from '../../../i18n';
import { buildActorInput, buildActorPatch, emptyActorValues, type ActorFormValues } from './edit-logic';
import { IdAndNameFields, NodeDialog, NodeFormFrame, RegionField, useNodeForm } from './node-form';

const FIELDS = ['id', 'name', 'kind', 'region'];

interface ActorFormProps {
  onClose: () => void;
  original?: ActorFormValues;
  onSaved: (id: string) => void;
}

/** The form inside the dialog: mounted each time the dialog opens. */
function ActorFormBody({ onClose, original, onSaved }: ActorFormProps) {
  const { t } = useI18n();
  const editing = original !== undefined;
  const { values, set, write, options, formRef } = useNodeForm(original, emptyActorValues);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const mapOptions = { fields: FIELDS, conflictField: 'id' };
    if (original) {
      const patch = buildActorPatch(values, original);
      if (Object.keys(patch).length === 0) {
        onClose();
        return;
      }
      const result = await write.run(EditUpdateActorDocument, { id: original.id, patch }, mapOptions);
      if (result) onSaved(result.updateActor.id);
    } else {
      const result = await write.run(EditCreateActorDocument, { input: buildActorInput(values) }, mapOptions);
      if (result) onSaved(result.createActor.id);
    }
  }

  const e = write.errors;
  return (
    <NodeFormFrame
      formRef={formRef}
      testId="actor-form"
      onSubmit={submit}
      errors={e}
      saving={write.saving}
      editing={editing}
      createLabel={t('edit.actor.create')}
      onClose={onClose}
    >
      <IdAndNameFields values={values} set={set} errors={e} editing={editing} />
      <Select
        label={t('kind')}
        value={values.kind || null}
        onChange={(v) => set('kind', v ?? '')}
        data={ACTOR_KINDS.map((k) => ({ value: k, label: humanize(k) }))}
        clearable
        searchable
        error={e.kind}
      />
      <RegionField
        value={values.region}
        onChange={(v) => set('region', v)}
        regions={options.data?.regions}
        error={e.region}
      />
    </NodeFormFrame>
  );
}

/** Creates an actor (no `original`) or edits one; the server's problems show by their fields. */
export function ActorForm({ opened, ...props }: ActorFormProps & { opened: boolean }) {
  const { t } = useI18n();
  const { original } = props;
  return (
    <NodeDialog
      opened={opened}
      onClose={props.onClose}
      title={original ? t('edit.actor.editTitle', { name: original.name }) : t('edit.actor.createTitle')}
    >
      <ActorFormBody {...props} />
    </NodeDialog>
  );
}
