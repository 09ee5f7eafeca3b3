import { Trans, useLingui } from '@lingui/react/macro';
import type { UseQueryResult } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { Card } from '../../../components/ui/card';
import { TextField } from '../../../components/ui/text-field';
import { toBindingRows } from '../../../domain/templates/parameter-bindings';
import type { AudienceSegment, CampaignTemplate, ContactVocabulary } from '../api';
import {
  characterCount,
  maxNameLength,
  nameLengthText,
  nameTooLongMessage,
} from '../campaign-form';
import type { CampaignFormState } from '../hooks/use-campaign-form';
import { AudienceFields } from './audience-fields';
import { ScheduleFields } from './schedule-fields';
import { TemplateFields } from './template-fields';

type CampaignFormFieldsProps = {
  builder: CampaignFormState;
  templates: CampaignTemplate[];
  segments: UseQueryResult<AudienceSegment[]>;
  /** The organisation's tags and attribute keys, offered as the fields are filled. */
  vocabulary: ContactVocabulary | undefined;
  timeZone: string;
  /** Owners and admins; everyone else reads the fields without changing them. */
  canEdit: boolean;
};

/** What the campaign says, to whom and when: the builder's inputs. */
export function CampaignFormFields({
  builder,
  templates,
  segments,
  vocabulary,
  timeZone,
  canEdit,
}: CampaignFormFieldsProps) {
  const { t } = useLingui();
  const {
    register,
    control,
    setValue,
    formState: { errors },
  } = builder.form;
  const { templateId, bindings, audienceKind, timing, quietHours } = builder.watched;
  // The limit is said before it is reached: the field counts its characters as they are typed.
  const nameLength = characterCount(useWatch({ control, name: 'name' }).trim());

  return (
    <fieldset
      disabled={!canEdit}
      className="flex min-w-0 flex-col gap-6 lg:col-start-1 lg:row-start-1"
    >
      <legend className="sr-only">
        <Trans>Contenu de la campagne</Trans>
      </legend>
      {!canEdit && (
        <p className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
          <Trans>
            Lecture seule : seuls les propriétaires et les administrateurs modifient et lancent les
            campagnes.
          </Trans>
        </p>
      )}
      <Card title={t`Campagne`}>
        {/* No maxLength: a longer name pasted in is not cut silently, the count and the message
            say what to shorten. */}
        <TextField
          label={t`Nom de la campagne`}
          autoComplete="off"
          hint={
            canEdit
              ? `${t`Pour vous retrouver dans vos campagnes : « Rappel cotisations mars ».`} ${nameLengthText(nameLength)}`
              : undefined
          }
          error={
            errors.name?.message ?? (nameLength > maxNameLength ? nameTooLongMessage() : undefined)
          }
          {...register('name')}
        />
      </Card>
      <TemplateFields
        templates={templates}
        register={register}
        errors={errors}
        templateId={templateId}
        bindings={bindings}
        lostTemplate={builder.lostTemplate && !templateId}
        attributeKeys={vocabulary?.attributeKeys ?? []}
        onTemplateChange={(id) => {
          const chosen = templates.find((candidate) => candidate.id === id);
          setValue('bindings', chosen ? toBindingRows(chosen.parameters, chosen.mapping) : [], {
            shouldDirty: true,
          });
        }}
        onChoiceChange={(index) => setValue(`bindings.${index}.value`, '', { shouldDirty: true })}
      />
      <AudienceFields
        control={control}
        register={register}
        errors={errors}
        audienceKind={audienceKind}
        segments={segments}
        knownTags={vocabulary?.tags ?? []}
      />
      <ScheduleFields
        register={register}
        errors={errors}
        timing={timing}
        quietHours={quietHours}
        timeZone={timeZone}
        scheduledAt={builder.scheduledAt}
      />
    </fieldset>
  );
}
