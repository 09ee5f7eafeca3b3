import { zodResolver } from '@hookform/resolvers/zod';
import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useMemo, useRef } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { PlusIcon } from '../../../components/ui/icons';
import { InlineError } from '../../../components/ui/inline-error';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { segmentPath } from '../../../lib/paths';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import type { Organization } from '../../../lib/workspace';
import { matchModes, maxConditions, type SegmentCriteria } from '@shared/segments/criteria.ts';
import type { Segment } from '../api';
import { localizeCriteriaMessage, matchModeLabel } from '../criteria-labels';
import { useContactVocabulary, useLaunchedCampaigns, useSaveSegment } from '../hooks/use-segments';
import {
  characterCount,
  characterCountText,
  criteriaDraftSchema,
  descriptionTooLongMessage,
  nameTooLongMessage,
  newConditionDraft,
  segmentDescriptionMaxLength,
  segmentFormSchema,
  segmentNameMaxLength,
  toFormValues,
  toSegmentValues,
  type SegmentFormOutput,
  type SegmentFormValues,
} from '../segment-form';
import { ConditionRow } from './condition-row';
import { ExportSegmentButton } from './export-segment-button';
import { SegmentPreview } from './segment-preview';

/** How long the conditions must stay still before the count is asked again. */
const countDelayMs = 400;

type SegmentBuilderProps = {
  organization: Organization;
  /** null for a new segment. */
  segment: Segment | null;
  /** Owners and admins; everyone else reads the segment without changing it. */
  canEdit: boolean;
  /** Whether the person may download the segment's contacts (owners and admins). */
  canExport?: boolean;
};

export function SegmentBuilder({
  organization,
  segment,
  canEdit,
  canExport = false,
}: SegmentBuilderProps) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const save = useSaveSegment(organization.id, segment?.id ?? null);
  const vocabulary = useContactVocabulary(organization.id, canEdit);
  const tagListId = useId();
  const keyListId = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const defaultCountry = organization.default_phone_country;
  const unreadable = segment !== null && segment.criteria === null;

  const {
    register,
    control,
    handleSubmit,
    reset,
    setFocus,
    getValues,
    formState: { errors, isDirty },
  } = useForm<SegmentFormValues, unknown, SegmentFormOutput>({
    resolver: zodResolver(segmentFormSchema),
    mode: 'onTouched',
    defaultValues: toFormValues(
      segment?.criteria ? { ...segment, criteria: segment.criteria } : null,
      defaultCountry,
    ),
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'criteria.conditions' });
  const draft = useWatch({ control, name: 'criteria' });
  // The limits are said before they are reached: each text field counts its characters.
  const nameLength = characterCount(useWatch({ control, name: 'name' }).trim());
  const descriptionLength = characterCount(useWatch({ control, name: 'description' }).trim());

  // The count follows the conditions once they are valid and have stopped changing.
  const parsed = criteriaDraftSchema.safeParse(draft);
  const criteriaKey = parsed.success ? JSON.stringify(parsed.data) : null;
  const settledKey = useDebouncedValue(criteriaKey, countDelayMs);
  const settledCriteria = useMemo(
    () => (settledKey === null ? null : (JSON.parse(settledKey) as SegmentCriteria)),
    [settledKey],
  );

  const removeCondition = (index: number) => {
    remove(index);
    // Focus stays in the list: on the row that took this one's place, else on « Ajouter ».
    const remaining = fields.length - 1;
    setTimeout(() => {
      if (remaining === 0) addButton.current?.focus();
      else setFocus(`criteria.conditions.${Math.min(index, remaining - 1)}.type`);
    });
  };

  const submit = handleSubmit((values) =>
    save.mutate(toSegmentValues(values), {
      onSuccess: (id) => {
        const name = values.name;
        if (segment === null) {
          toast.success(t`Segment « ${name} » créé.`);
          void navigate(segmentPath(id), { replace: true });
        } else {
          reset(getValues());
          toast.success(t`Segment enregistré.`);
        }
      },
    }),
  );

  const conditionErrors = errors.criteria?.conditions;
  const segmentName = segment?.name;
  const descriptionExample = t`Pour qui, pour quoi : « Adhérents de Douala à relancer ».`;
  const rows = draft.conditions;
  // Asked for only once a row needs them.
  const campaigns = useLaunchedCampaigns(
    organization.id,
    rows.some((row) => row.type === 'campaign_outcome'),
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)] lg:items-start">
      <div className="flex min-w-0 flex-col gap-4 lg:sticky lg:top-20 lg:order-2">
        <SegmentPreview
          organizationId={organization.id}
          criteria={settledCriteria}
          settling={criteriaKey !== settledKey}
        />
        {segment !== null && canExport && (
          <ExportSegmentButton
            organizationId={organization.id}
            timeZone={organization.time_zone}
            name={segment.name}
            criteria={settledCriteria}
          />
        )}
      </div>

      <form
        noValidate
        aria-label={segmentName === undefined ? t`Nouveau segment` : t`Segment ${segmentName}`}
        className="flex min-w-0 flex-col gap-6"
        onSubmit={(event) => {
          save.reset();
          void submit(event);
        }}
      >
        {!canEdit && (
          <p className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
            <Trans>
              Lecture seule : seuls les propriétaires et les administrateurs modifient les segments.
            </Trans>
          </p>
        )}
        {unreadable && (
          <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
            <Trans>
              Les critères enregistrés de ce segment ne sont pas lisibles par cette version de WCAP.
            </Trans>
            {canEdit && <> {t`Définissez-les de nouveau, puis enregistrez.`}</>}
          </p>
        )}
        <InlineError
          message={
            save.isError
              ? toUserMessage(save.error, t`Le segment n’a pas pu être enregistré.`)
              : null
          }
        />

        <Card title={t`Description`}>
          <div className="flex flex-col gap-4">
            {/* No maxLength: a longer name pasted in is not cut silently, the count and the
                message say what to shorten. */}
            <TextField
              label={t`Nom du segment`}
              autoComplete="off"
              readOnly={!canEdit}
              hint={canEdit ? characterCountText(nameLength, segmentNameMaxLength) : undefined}
              error={
                errors.name?.message ??
                (nameLength > segmentNameMaxLength ? nameTooLongMessage() : undefined)
              }
              {...register('name')}
            />
            <TextField
              label={t`Description (facultative)`}
              autoComplete="off"
              readOnly={!canEdit}
              hint={
                canEdit
                  ? `${descriptionExample} ${characterCountText(descriptionLength, segmentDescriptionMaxLength)}`
                  : descriptionExample
              }
              error={
                errors.description?.message ??
                (descriptionLength > segmentDescriptionMaxLength
                  ? descriptionTooLongMessage()
                  : undefined)
              }
              {...register('description')}
            />
          </div>
        </Card>

        <Card
          title={t`Conditions`}
          description={t`Les contacts du segment sont recalculés à chaque utilisation : un contact ajouté demain y entre s’il remplit les conditions.`}
        >
          <div className="flex flex-col gap-4">
            <fieldset className="flex min-w-0 flex-col gap-2">
              <legend className="text-sm font-medium text-slate-800">
                <Trans>Les contacts doivent remplir</Trans>
              </legend>
              <div className="flex flex-col gap-2 sm:flex-row sm:gap-6">
                {matchModes.map((mode) => (
                  <label
                    key={mode}
                    className="inline-flex min-h-10 items-center gap-2 text-sm text-slate-900"
                  >
                    <input
                      type="radio"
                      value={mode}
                      disabled={!canEdit}
                      className="size-4 accent-brand-700"
                      {...register('criteria.match')}
                    />
                    {matchModeLabel(mode)}
                  </label>
                ))}
              </div>
            </fieldset>

            {fields.length === 0 && (
              <p className="text-sm text-slate-600">
                <Trans>
                  Sans condition, le segment compte tous les contacts de l’organisation.
                </Trans>
              </p>
            )}
            {fields.map((field, index) => {
              // The watched values lag one render behind an append: the new row starts from its draft.
              const row = rows[index] ?? field;
              return (
                <ConditionRow
                  key={field.id}
                  index={index}
                  row={row}
                  register={register}
                  control={control}
                  errors={conditionErrors?.[index]}
                  readOnly={!canEdit}
                  tagListId={tagListId}
                  keyListId={keyListId}
                  campaigns={campaigns}
                  timeZone={organization.time_zone}
                  onRemove={canEdit ? () => removeCondition(index) : undefined}
                />
              );
            })}
            <InlineError
              message={localizeCriteriaMessage(
                conditionErrors?.root?.message ?? conditionErrors?.message,
              )}
            />

            {canEdit && (
              <div className="flex flex-col items-start gap-1">
                <Button
                  ref={addButton}
                  variant="secondary"
                  disabled={fields.length >= maxConditions}
                  onClick={() =>
                    append(newConditionDraft('has_tag', defaultCountry), {
                      focusName: `criteria.conditions.${fields.length}.type`,
                    })
                  }
                >
                  <PlusIcon className="size-4" />
                  <Trans>Ajouter une condition</Trans>
                </Button>
                {fields.length >= maxConditions && (
                  <p className="text-sm text-slate-600">
                    <Trans>{maxConditions} conditions au plus par segment.</Trans>
                  </p>
                )}
              </div>
            )}
          </div>
        </Card>

        {canEdit && (
          <>
            <datalist id={tagListId}>
              {vocabulary.data?.tags.map((tag) => (
                <option key={tag} value={tag} />
              ))}
            </datalist>
            <datalist id={keyListId}>
              {vocabulary.data?.attributeKeys.map((key) => (
                <option key={key} value={key} />
              ))}
            </datalist>
            <div className="flex flex-wrap gap-2">
              <Button
                type="submit"
                loading={save.isPending}
                loadingText={t`Enregistrement…`}
                disabled={segment !== null && !isDirty && !unreadable}
              >
                {segment ? t`Enregistrer` : t`Créer le segment`}
              </Button>
            </div>
          </>
        )}
      </form>
    </div>
  );
}
