import { zodResolver } from '@hookform/resolvers/zod';
import { t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { InlineError } from '../../../components/ui/inline-error';
import { ParameterSourceFields } from '../../../domain/templates/components/parameter-source-fields';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import {
  toBindingRows,
  toMapping,
  type BindingRow,
} from '../../../domain/templates/parameter-bindings';
import type { WhatsAppTemplate } from '../api';
import { useSaveParameterMapping } from '../hooks/use-templates';
import { sampleContact } from '../sample-contact';
import { mappingFormSchema, type MappingFormValues } from '../parameter-mapping-form';
import { MessagePreview } from './message-preview';
import { NoParameters, PreviewLayout } from './preview-layout';

type ParameterMappingEditorProps = {
  organizationId: string;
  template: WhatsAppTemplate;
};

/** Where each placeholder's value comes from, with the preview following every change. */
export function ParameterMappingEditor({ organizationId, template }: ParameterMappingEditorProps) {
  const { t } = useLingui();
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
        title={t`Paramètres`}
        description={t`Choisissez d’où vient la valeur de chaque paramètre au moment de l’envoi : un champ du contact, un de ses attributs ou un texte identique pour tous.`}
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
                    toast.success(t`Correspondance des paramètres enregistrée.`);
                  },
                }),
              )(event);
            }}
          >
            <InlineError
              message={
                save.isError
                  ? toUserMessage(save.error, t`La correspondance n’a pas pu être enregistrée.`)
                  : null
              }
            />
            {rows.map((row, index) => (
              <ParameterSourceFields
                key={row.parameter}
                parameter={row.parameter}
                choice={row.choice}
                choiceProps={register(`bindings.${index}.choice`, {
                  onChange: () => setValue(`bindings.${index}.value`, '', { shouldDirty: true }),
                })}
                valueProps={register(`bindings.${index}.value`)}
                valueError={errors.bindings?.[index]?.value?.message}
                attributeKeys={attributeKeys}
                attributeHint={attributeHint(row)}
              />
            ))}
            <div>
              <Button
                type="submit"
                loading={save.isPending}
                loadingText={t`Enregistrement…`}
                disabled={!isDirty}
              >
                <Trans>Enregistrer</Trans>
              </Button>
            </div>
          </form>
        )}
      </Card>
    </PreviewLayout>
  );
}

const attributeKeys = Object.keys(sampleContact.attributes);

/** Under the attribute key: the sample contact's keys, or the value the typed one gives it. */
function attributeHint(row: BindingRow): string {
  const key = row.value.trim();
  if (!key) {
    const keys = attributeKeys.join(', ');
    return t`Attributs du contact d’exemple : ${keys}`;
  }
  const value = Object.hasOwn(sampleContact.attributes, key)
    ? sampleContact.attributes[key]
    : undefined;
  return value == null
    ? t`Contact d’exemple : aucune valeur pour cet attribut`
    : t`Contact d’exemple : ${value}`;
}
