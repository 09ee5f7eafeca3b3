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
 * (template, mapping, audience, send time), and their saving as a draft row. A campaign is one row:
 * a new one is inserted once, then updated in place, whichever button saved it.
 */
export function useCampaignForm({
  organizationId,
  timeZone,
  campaign,
  templates,
}: CampaignFormOptions) {
  // The draft's id once saved: a new campaign is inserted once, then updated. A ref, not state:
  // a save and a launch that follow each other must read the id the first one got.
  const savedId = useRef<string | null>(campaign?.id ?? null);
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

  /**
   * Saves checked values as the draft (inserted the first time, updated after) and resolves to its
   * id; the form then counts them as saved.
   */
  const persist = async (values: CampaignFormValues): Promise<string> => {
    const campaignId = await save.mutateAsync({
      campaignId: savedId.current,
      values: toCampaignValues(values, timeZone),
    });
    savedId.current = campaignId;
    form.reset(values);
    return campaignId;
  };

  /** Checks the form as a draft, saves it, then calls `onSaved`; a failure shows as `save.error`. */
  const saveDraft = (onSaved: (campaignId: string) => void) => {
    intent.current = 'draft';
    setSavingFor('draft');
    save.reset();
    void form.handleSubmit(async (values) => {
      let campaignId: string;
      try {
        campaignId = await persist(values);
      } catch {
        return; // Shown beside the buttons, from the mutation's state.
      }
      onSaved(campaignId);
    })();
  };

  /**
   * Checks the form as a launch needs it, writing nothing: the launch's confirmation saves and
   * launches (see `persist`), so a launch that is not confirmed leaves no trace.
   */
  const checkLaunch = (onReady: (values: CampaignFormValues) => void) => {
    intent.current = 'launch';
    setSavingFor('launch');
    save.reset();
    void form.handleSubmit(onReady)();
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
    saveDraft,
    checkLaunch,
    persist,
    /** The draft's id once it exists (read in event handlers). */
    savedCampaignId: () => savedId.current,
  };
}

export type CampaignFormState = ReturnType<typeof useCampaignForm>;
