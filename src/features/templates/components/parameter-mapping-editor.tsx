import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm, useWatch, type UseFormRegister } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { InlineError } from '../../../components/ui/inline-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import type { WhatsAppTemplate } from '../api';
import { useSaveParameterMapping } from '../hooks/use-templates';
import {
  choiceLabels,
  toBindingRows,
  toMapping,
  type BindingRow,
  type SourceChoice,
} from '../mapping-form';
import { sampleContact } from '../sample-contact';
import { mappingFormSchema, type MappingFormValues } from '../schemas';
import { MessagePreview } from './message-preview';
import { NoParameters, PreviewLayout } from './preview-layout';

type ParameterMappingEditorProps = {
  organizationId: string;
  template: WhatsAppTemplate;
};

/** Where each placeholder's value comes from, with the preview following every change. */
export function ParameterMappingEditor({ organizationId, template }: ParameterMappingEditorProps) {
  const save = useSaveParameterMapping(organizationId, template.id);
  const {
    register,
    handleSubmit,
    control,
    reset,
    setValue,
    formState: { errors, isDirty },
  } = useForm({
    resolver: zodResolver(mappingFormSchema),
    defaultValues: { bindings: toBindingRows(template.parameters, template.mapping) },
  });
  const rows = useWatch({ control, name: 'bindings' });

  return (
    <PreviewLayout preview={<MessagePreview template={template} mapping={toMapping(rows)} />}>
      <Card
        title="Paramètres"
        description="Choisissez d’où vient la valeur de chaque paramètre au moment de l’envoi : un champ du contact, un de ses attributs ou un texte identique pour tous."
      >
        {template.parameters.length === 0 ? (
          <NoParameters />
        ) : (
          <form
            noValidate
            className="flex flex-col gap-4"
            onSubmit={(event) => {
              save.reset();
              void handleSubmit((values: MappingFormValues) =>
                save.mutate(toMapping(values.bindings), {
                  onSuccess: () => {
                    reset(values);
                    toast.success('Correspondance des paramètres enregistrée.');
                  },
                }),
              )(event);
            }}
          >
            <InlineError
              message={
                save.isError
                  ? toUserMessage(save.error, 'La correspondance n’a pas pu être enregistrée.')
                  : null
              }
            />
            {rows.map((row, index) => (
              <ParameterFieldset
                key={row.parameter}
                index={index}
                row={row}
                register={register}
                error={errors.bindings?.[index]?.value?.message}
                onChoiceChange={() =>
                  setValue(`bindings.${index}.value`, '', { shouldDirty: true })
                }
              />
            ))}
            <div>
              <Button
                type="submit"
                loading={save.isPending}
                loadingText="Enregistrement…"
                disabled={!isDirty}
              >
                Enregistrer
              </Button>
            </div>
          </form>
        )}
      </Card>
    </PreviewLayout>
  );
}

const attributeKeys = Object.keys(sampleContact.attributes);

function ParameterFieldset({
  index,
  row,
  register,
  error,
  onChoiceChange,
}: {
  index: number;
  row: BindingRow;
  register: UseFormRegister<MappingFormValues>;
  error: string | undefined;
  onChoiceChange: () => void;
}) {
  const suggestionsId = useId();
  const sampleValue =
    row.choice === 'attribute' && Object.hasOwn(sampleContact.attributes, row.value.trim())
      ? sampleContact.attributes[row.value.trim()]
      : undefined;
  const option = (choice: SourceChoice) => (
    <option key={choice} value={choice}>
      {choiceLabels[choice]}
    </option>
  );

  return (
    <fieldset className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 p-3 sm:p-4">
      <legend className="px-1 font-mono text-sm font-semibold break-all text-slate-900">
        {`{{${row.parameter}}}`}
      </legend>
      <SelectField
        label="Source"
        {...register(`bindings.${index}.choice`, { onChange: onChoiceChange })}
      >
        {option('')}
        <optgroup label="Champ du contact">
          {option('field:name')}
          {option('field:phone')}
        </optgroup>
        {option('attribute')}
        {option('text')}
      </SelectField>
      {row.choice === 'attribute' && (
        <>
          <TextField
            label="Clé de l’attribut"
            autoComplete="off"
            spellCheck={false}
            list={suggestionsId}
            placeholder="ville"
            hint={
              row.value.trim()
                ? `Contact d’exemple : ${sampleValue ?? 'aucune valeur pour cet attribut'}`
                : `Attributs du contact d’exemple : ${attributeKeys.join(', ')}`
            }
            error={error}
            {...register(`bindings.${index}.value`)}
          />
          <datalist id={suggestionsId}>
            {attributeKeys.map((key) => (
              <option key={key} value={key} />
            ))}
          </datalist>
        </>
      )}
      {row.choice === 'text' && (
        <TextField
          label="Texte à insérer"
          autoComplete="off"
          hint="Le même texte pour tous les contacts."
          error={error}
          {...register(`bindings.${index}.value`)}
        />
      )}
    </fieldset>
  );
}
