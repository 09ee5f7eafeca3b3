import type { UseQueryResult } from '@tanstack/react-query';
import { Card } from '../../../components/ui/card';
import { TextField } from '../../../components/ui/text-field';
import { toBindingRows } from '../../../domain/templates/parameter-bindings';
import type { AudienceSegment, CampaignTemplate, ContactVocabulary } from '../api';
import { maxNameLength } from '../campaign-form';
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
  const {
    register,
    control,
    setValue,
    formState: { errors },
  } = builder.form;
  const { templateId, bindings, audienceKind, timing, quietHours } = builder.watched;

  return (
    <fieldset
      disabled={!canEdit}
      className="flex min-w-0 flex-col gap-6 lg:col-start-1 lg:row-start-1"
    >
      <legend className="sr-only">Contenu de la campagne</legend>
      {!canEdit && (
        <p className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
          Lecture seule : seuls les propriétaires et les administrateurs modifient et lancent les
          campagnes.
        </p>
      )}
      <Card title="Campagne">
        <TextField
          label="Nom de la campagne"
          autoComplete="off"
          maxLength={maxNameLength}
          hint="Pour vous retrouver dans vos campagnes : « Rappel cotisations mars »."
          error={errors.name?.message}
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
