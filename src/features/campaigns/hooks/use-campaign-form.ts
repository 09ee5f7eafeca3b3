import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { toMapping } from '../../../domain/templates/parameter-bindings';
import type { CampaignRecord, CampaignTemplate } from '../api';
import {
  campaignFormSchema,
  formAudience,
  newCampaignForm,
  scheduledInstant,
  toCampaignValues,
  toFormValues,
  type CampaignFormValues,
  type CampaignIntent,
} from '../campaign-form';
import { useSaveCampaign } from './use-campaigns';

type CampaignFormOptions = {
  organizationId: string;
  timeZone: string;
  /** null for a new campaign; otherwise a draft. */
  campaign: CampaignRecord | null;
  templates: CampaignTemplate[];
};

/**
 * The builder's form: its values, checked as a draft or, stricter, as a launch, what they mean
 * (template, mapping, audience, send time), and their saving as a draft row.
 */
export function useCampaignForm({
  organizationId,
  timeZone,
  campaign,
  templates,
}: CampaignFormOptions) {
  // The draft's id once saved: a new campaign is inserted once, then updated.
  const [savedId, setSavedId] = useState<string | null>(campaign?.id ?? null);
  const save = useSaveCampaign(organizationId);

  const savedTemplate = campaign?.templateId
    ? templates.find((template) => template.id === campaign.templateId)
    : undefined;
  const lostTemplate = Boolean(campaign?.templateId) && !savedTemplate;

  // A draft is saved with little; a launch needs everything. The resolver follows the button
  // last used, so the fields keep being checked the same way as they are corrected.
  const intent = useRef<CampaignIntent>('draft');
  // The same, for the eyes: which button shows the saving in progress.
  const [savingFor, setSavingFor] = useState<CampaignIntent>('draft');
  const resolver = useMemo<Resolver<CampaignFormValues>>(() => {
    const draft = zodResolver(campaignFormSchema('draft', { timeZone }));
    const launching = zodResolver(campaignFormSchema('launch', { timeZone }));
    return (values, context, options) =>
      (intent.current === 'launch' ? launching : draft)(values, context, options);
  }, [timeZone]);

  const form = useForm<CampaignFormValues>({
    resolver,
    mode: 'onTouched',
    defaultValues: campaign
      ? toFormValues(campaign, savedTemplate, timeZone)
      : newCampaignForm(timeZone),
  });
  const [
    templateId,
    bindings,
    audienceKind,
    segmentId,
    tags,
    timing,
    scheduledDate,
    scheduledTime,
    quietHours,
  ] = useWatch({
    control: form.control,
    name: [
      'templateId',
      'bindings',
      'audienceKind',
      'segmentId',
      'tags',
      'timing',
      'scheduledDate',
      'scheduledTime',
      'quietHours',
    ],
  });

  /** Checks the form for `next` (a draft or a launch), saves it, then calls `onSaved`. */
  const submit = (
    next: CampaignIntent,
    onSaved: (campaignId: string, values: CampaignFormValues) => void,
  ) => {
    intent.current = next;
    setSavingFor(next);
    save.reset();
    void form.handleSubmit((values) =>
      save.mutate(
        { campaignId: savedId, values: toCampaignValues(values, timeZone) },
        {
          onSuccess: (campaignId) => {
            setSavedId(campaignId);
            form.reset(values);
            onSaved(campaignId, values);
          },
        },
      ),
    )();
  };

  return {
    form,
    watched: { templateId, bindings, audienceKind, timing, quietHours },
    template: templates.find((candidate) => candidate.id === templateId),
    mapping: toMapping(bindings),
    audience: formAudience({ audienceKind, segmentId, tags }),
    scheduledAt: scheduledInstant({ timing, scheduledDate, scheduledTime }, timeZone),
    /** The draft's template is no longer approved (or gone). */
    lostTemplate,
    save,
    savingFor,
    submit,
  };
}

export type CampaignFormState = ReturnType<typeof useCampaignForm>;
