import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { InlineError } from '../../../components/ui/inline-error';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { errorHint, toUserMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { toBindingRows, toMapping } from '../../../lib/parameter-bindings';
import { campaignEditPath, campaignPath } from '../../../lib/paths';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import type { Organization } from '../../../lib/workspace';
import type { CampaignRecord, CampaignTemplate, EstimateInput } from '../api';
import { audienceCriteria, previewSelection, type ContactCriteria } from '../campaign-audience';
import {
  campaignFormSchema,
  formAudience,
  maxNameLength,
  newCampaignForm,
  scheduledInstant,
  toCampaignValues,
  toFormValues,
  type CampaignFormValues,
  type CampaignIntent,
} from '../campaign-form';
import {
  useAudienceSegments,
  useCampaignEstimate,
  useCampaignVocabulary,
  useLaunchCampaign,
  useSaveCampaign,
} from '../hooks/use-campaigns';
import { contactCount, launchBlocker } from '../launch-readiness';
import { templateLabel } from '../template-label';
import { AudienceFields } from './audience-fields';
import { CampaignPreview } from './campaign-preview';
import { EstimatePanel } from './estimate-panel';
import { ScheduleFields } from './schedule-fields';
import { TemplateFields } from './template-fields';

/** How long the inputs must stay still before the estimate and the preview are asked again. */
const settleDelayMs = 400;

/** What the launch dialog asks about, fixed when the admin clicks « Lancer la campagne ». */
type LaunchQuestion = {
  campaignId: string;
  name: string;
  templateName: string;
  /** undefined when the estimate could not say. */
  recipients: number | undefined;
  scheduledAt: string | null;
  quietHours: boolean;
};

type CampaignBuilderProps = {
  organization: Organization;
  /** null for a new campaign; otherwise a draft. */
  campaign: CampaignRecord | null;
  /** The organisation's approved templates. */
  templates: CampaignTemplate[];
  /** Owners and admins; everyone else reads the draft without changing or launching it. */
  canManage: boolean;
};

export function CampaignBuilder({
  organization,
  campaign,
  templates,
  canManage,
}: CampaignBuilderProps) {
  const navigate = useNavigate();
  const launchStateId = useId();
  const timeZone = organization.time_zone;
  // The draft's id once saved: a new campaign is inserted once, then updated.
  const [savedId, setSavedId] = useState<string | null>(campaign?.id ?? null);
  const [question, setQuestion] = useState<LaunchQuestion | null>(null);
  const save = useSaveCampaign(organization.id);
  const launch = useLaunchCampaign(organization.id);
  const segments = useAudienceSegments(organization.id);
  const vocabulary = useCampaignVocabulary(organization.id, canManage);

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

  const {
    register,
    control,
    handleSubmit,
    setValue,
    reset,
    formState: { errors },
  } = useForm<CampaignFormValues>({
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
    control,
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

  const template = templates.find((candidate) => candidate.id === templateId);
  const mapping = toMapping(bindings);
  const audience = formAudience({ audienceKind, segmentId, tags });
  const scheduledAt = scheduledInstant({ timing, scheduledDate, scheduledTime }, timeZone);

  // The estimate follows the template, mapping and audience once they stop changing.
  const estimateKey =
    canManage && template && audience
      ? JSON.stringify({ templateId: template.id, mapping, audience } satisfies EstimateInput)
      : null;
  const settledEstimateKey = useDebouncedValue(estimateKey, settleDelayMs);
  const estimateInput = useMemo(
    () => (settledEstimateKey === null ? null : (JSON.parse(settledEstimateKey) as EstimateInput)),
    [settledEstimateKey],
  );
  const estimate = useCampaignEstimate(organization.id, estimateInput);
  const estimateSettling = estimateKey !== settledEstimateKey || estimate.isPlaceholderData;
  const estimating = estimateKey !== null && (estimateSettling || estimate.isFetching);
  const currentEstimate = estimateKey !== null && !estimating ? estimate.data : undefined;
  const blocker = currentEstimate ? launchBlocker(currentEstimate) : null;

  // The preview steps through the audience's contacts, once the audience stops changing.
  const segmentCriteria =
    audience?.kind === 'segment'
      ? segments.data?.find((segment) => segment.id === audience.segmentId)?.criteria
      : undefined;
  const criteria = audience ? audienceCriteria(audience, segmentCriteria) : undefined;
  const selectionKey = criteria === undefined ? null : JSON.stringify(previewSelection(criteria));
  const settledSelectionKey = useDebouncedValue(selectionKey, settleDelayMs);
  const selection = useMemo(
    () =>
      settledSelectionKey === null
        ? null
        : (JSON.parse(settledSelectionKey) as {
            criteria: ContactCriteria;
            optedOutExcluded: boolean;
          }),
    [settledSelectionKey],
  );

  const persist = (values: CampaignFormValues, onSaved: (campaignId: string) => void) =>
    save.mutate(
      { campaignId: savedId, values: toCampaignValues(values, timeZone) },
      {
        onSuccess: (campaignId) => {
          setSavedId(campaignId);
          reset(values);
          onSaved(campaignId);
        },
      },
    );

  const submitAs = (next: CampaignIntent, onValid: (values: CampaignFormValues) => void) => {
    intent.current = next;
    setSavingFor(next);
    save.reset();
    void handleSubmit(onValid)();
  };

  const saveDraft = () =>
    submitAs('draft', (values) =>
      persist(values, (campaignId) => {
        toast.success('Brouillon enregistré.');
        // The address now names the draft, so a reload finds it.
        if (campaign === null) void navigate(campaignEditPath(campaignId), { replace: true });
      }),
    );

  const startLaunch = () =>
    submitAs('launch', (values) => {
      const chosen = templates.find((candidate) => candidate.id === values.templateId);
      persist(values, (campaignId) =>
        setQuestion({
          campaignId,
          name: values.name.trim(),
          templateName: chosen ? templateLabel(chosen, templates) : '',
          recipients: currentEstimate?.recipients,
          scheduledAt: scheduledInstant(values, timeZone),
          quietHours: values.quietHours,
        }),
      );
    });

  const closeQuestion = () => {
    const asked = question;
    setQuestion(null);
    launch.reset();
    if (asked && campaign === null) {
      void navigate(campaignEditPath(asked.campaignId), { replace: true });
    }
  };

  const confirmLaunch = () => {
    if (!question) return;
    launch.mutate(question.campaignId, {
      onSuccess: (status) => {
        toast.success(
          status === 'scheduled'
            ? `Campagne « ${question.name} » programmée.`
            : `Campagne « ${question.name} » lancée.`,
        );
        void navigate(campaignPath(question.campaignId));
      },
    });
  };

  const launchError = launch.isError
    ? [
        toUserMessage(launch.error, 'La campagne n’a pas pu être lancée.'),
        // The database explains some refusals with a sentence of advice (the quota).
        /\s/.test(errorHint(launch.error) ?? '') ? errorHint(launch.error) : null,
      ]
        .filter(Boolean)
        .join(' ')
    : undefined;

  return (
    <form
      noValidate
      aria-label={campaign ? `Campagne ${campaign.name}` : 'Nouvelle campagne'}
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)] lg:items-start"
      onSubmit={(event) => {
        event.preventDefault();
        if (canManage) saveDraft();
      }}
    >
      <fieldset
        disabled={!canManage}
        className="flex min-w-0 flex-col gap-6 lg:col-start-1 lg:row-start-1"
      >
        <legend className="sr-only">Contenu de la campagne</legend>
        {!canManage && (
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
          lostTemplate={lostTemplate && !templateId}
          attributeKeys={vocabulary.data?.attributeKeys ?? []}
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
          knownTags={vocabulary.data?.tags ?? []}
        />
        <ScheduleFields
          register={register}
          errors={errors}
          timing={timing}
          quietHours={quietHours}
          timeZone={timeZone}
          scheduledAt={scheduledAt}
        />
      </fieldset>

      <div className="flex min-w-0 flex-col gap-6 lg:sticky lg:top-20 lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <CampaignPreview
          organizationId={organization.id}
          template={template}
          mapping={mapping}
          selection={selection}
          settling={selectionKey !== settledSelectionKey}
        />
        {canManage ? (
          <EstimatePanel
            estimate={estimate}
            ready={estimateKey !== null}
            settling={estimateSettling}
          />
        ) : null}
      </div>

      {canManage && (
        <div className="flex min-w-0 flex-col gap-2 lg:col-start-1 lg:row-start-2">
          {/* Beside the buttons, where the admin is when a save fails; what was typed stays. */}
          <InlineError
            message={
              save.isError
                ? toUserMessage(save.error, 'La campagne n’a pas pu être enregistrée.')
                : null
            }
          />
          <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
            <Button
              variant="secondary"
              onClick={saveDraft}
              loading={save.isPending && savingFor === 'draft'}
              loadingText="Enregistrement…"
            >
              Enregistrer le brouillon
            </Button>
            <Button
              onClick={startLaunch}
              disabled={Boolean(blocker) || estimating || save.isPending}
              aria-describedby={launchStateId}
              aria-busy={(save.isPending && savingFor === 'launch') || undefined}
            >
              Lancer la campagne
            </Button>
          </div>
          <p id={launchStateId} className="text-sm text-slate-600">
            {blocker
              ? 'Lancement impossible : voir l’estimation.'
              : estimating
                ? 'Estimation en cours…'
                : 'Rien ne part avant votre confirmation.'}
          </p>
        </div>
      )}

      <ConfirmDialog
        open={question !== null}
        title={question ? launchTitle(question, timeZone) : ''}
        description={question ? launchDescription(question, timeZone) : ''}
        confirmLabel={question?.scheduledAt ? 'Programmer l’envoi' : 'Envoyer maintenant'}
        // A launch is what the admin came for, not a danger: the button is not red. Dismissing
        // leaves the saved draft as it is, which « Annuler » would not say.
        confirmTone="primary"
        cancelLabel="Garder en brouillon"
        pendingLabel="Lancement…"
        pending={launch.isPending}
        error={launchError}
        onCancel={closeQuestion}
        onConfirm={confirmLaunch}
      />
    </form>
  );
}

function launchTitle(question: LaunchQuestion, timeZone: string): string {
  if (question.scheduledAt) {
    return `Programmer l’envoi pour le ${formatDateTime(question.scheduledAt, timeZone)} ?`;
  }
  const to = question.recipients === undefined ? '' : ` à ${contactCount(question.recipients)}`;
  return `Envoyer le modèle « ${question.templateName} »${to} maintenant ?`;
}

function launchDescription(question: LaunchQuestion, timeZone: string): string {
  const quiet = question.quietHours ? ', hors des heures de silence' : '';
  if (question.scheduledAt) {
    const to =
      question.recipients === undefined
        ? 'à son audience'
        : `à ${contactCount(question.recipients)}`;
    return `Le modèle « ${question.templateName} » partira ${to} à partir de cette heure (fuseau ${timeZone})${quiet}. D’ici là, vous pourrez mettre la campagne en pause ou l’annuler.`;
  }
  return `Les messages partent aussitôt, au rythme permis par WhatsApp${quiet}. Vous suivrez l’envoi en direct et pourrez le mettre en pause ou l’annuler.`;
}
