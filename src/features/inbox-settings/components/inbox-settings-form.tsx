import { zodResolver } from '@hookform/resolvers/zod';
import { Trans, useLingui } from '@lingui/react/macro';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { InlineError } from '../../../components/ui/inline-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { lengthHint } from '../../../domain/contacts/length-hint';
import { toUserMessage } from '../../../lib/errors';
import { formatTimeZone } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useApprovedTemplates, useUpdateInboxSettings } from '../hooks/use-inbox-settings';
import { useUnsavedChangesGuard } from '../hooks/use-unsaved-changes';
import {
  capacityRange,
  inboxSettingsSchema,
  maxAwayMessageLength,
  toFormValues,
  toSettingsUpdate,
  waitingAlertRange,
  type InboxSettings,
  type InboxSettingsInput,
  type InboxSettingsValues,
} from '../inbox-settings-form';
import { CheckboxField } from './checkbox-field';
import { OfficeHoursEditor } from './office-hours-editor';

type InboxSettingsFormProps = {
  settings: InboxSettings;
  timeZone: string;
};

/** The settings an owner or an admin changes; saved together. */
export function InboxSettingsForm({ settings, timeZone }: InboxSettingsFormProps) {
  const { t } = useLingui();
  const update = useUpdateInboxSettings(settings.organization_id);
  const templates = useApprovedTemplates(settings.organization_id);
  const [discarding, setDiscarding] = useState(false);
  const saved = useMemo(() => toFormValues(settings), [settings]);
  const {
    control,
    register,
    handleSubmit,
    reset,
    formState: { errors, isDirty },
  } = useForm<InboxSettingsInput, unknown, InboxSettingsValues>({
    resolver: zodResolver(inboxSettingsSchema),
    // A newer version of the row (someone else saved, seen on a refetch) updates the fields the
    // person has not touched; what they changed stays.
    values: saved,
    resetOptions: { keepDirtyValues: true },
  });
  const blocker = useUnsavedChangesGuard(isDirty);

  const awayEnabled = useWatch({ control, name: 'awayEnabled' });
  const awayMessage = useWatch({ control, name: 'awayMessage' }) ?? '';
  const csatEnabled = useWatch({ control, name: 'csatEnabled' });
  const csatTemplateName = useWatch({ control, name: 'csatTemplateName' });
  const zone = formatTimeZone(timeZone);

  const approved = templates.data ?? [];
  const savedTemplate = settings.csat_template_name;
  // The saved template stays a choice while the list loads (so the field shows it), and once
  // WhatsApp no longer lists it as approved (so the admin sees why the survey would not leave).
  const savedTemplateMissing =
    !!savedTemplate && !approved.some((template) => template.name === savedTemplate);
  const savedTemplateGone = savedTemplateMissing && templates.isSuccess;

  return (
    <form
      noValidate
      aria-label={t`Réglages de la boîte de réception`}
      className="flex flex-col gap-6"
      onSubmit={(event) => {
        update.reset();
        void handleSubmit((values) =>
          update.mutate(toSettingsUpdate(values), {
            onSuccess: () => {
              reset(values);
              toast.success(t`Réglages de la boîte de réception enregistrés.`);
            },
            onError: (error) =>
              toast.error(toUserMessage(error, t`Les réglages n’ont pas pu être enregistrés.`)),
          }),
        )(event);
      }}
    >
      <Card
        title={t`Attribution des conversations`}
        description={t`Qui reçoit les nouvelles conversations et ce que voient les agents.`}
      >
        <div className="flex flex-col gap-4">
          <CheckboxField
            label={t`Attribution automatique`}
            description={t`Chaque nouvelle conversation va, à tour de rôle, à un agent « En ligne » qui n’a pas atteint sa capacité.`}
            {...register('autoAssign')}
          />
          <TextField
            type="number"
            inputMode="numeric"
            min={capacityRange.min}
            max={capacityRange.max}
            step={1}
            className="sm:max-w-xs"
            label={t`Capacité par défaut`}
            hint={t`Conversations ouvertes qu’un agent peut avoir en même temps (de 1 à 500), sauf capacité propre ci-dessous.`}
            error={errors.defaultCapacity?.message}
            {...register('defaultCapacity', { valueAsNumber: true })}
          />
          <CheckboxField
            label={t`Les agents voient toutes les conversations`}
            description={t`Sinon, un agent ne voit que les conversations qui lui sont attribuées et celles qui ne le sont à personne. Les propriétaires, administrateurs et lecteurs voient tout.`}
            {...register('agentsSeeAll')}
          />
        </div>
      </Card>

      <Card
        title={t`Heures d’ouverture`}
        description={
          <Trans>
            Les heures où votre équipe répond, dans le fuseau de l’organisation :{' '}
            <strong>{zone}</strong>. Plusieurs plages par jour sont possibles (matin et après-midi).
          </Trans>
        }
      >
        <OfficeHoursEditor control={control} register={register} errors={errors} />
      </Card>

      <Card
        title={t`Message d’absence`}
        description={t`Envoyé automatiquement au contact qui écrit en dehors des heures d’ouverture (au plus une fois toutes les 12 heures).`}
      >
        <div className="flex flex-col gap-4">
          <CheckboxField label={t`Envoyer un message d’absence`} {...register('awayEnabled')} />
          <TextAreaField
            label={t`Message d’absence`}
            rows={4}
            disabled={!awayEnabled}
            hint={
              lengthHint(awayMessage.trim(), maxAwayMessageLength) ??
              t`Par exemple : « Merci pour votre message ! Nous sommes fermés ; nous vous répondons dès l’ouverture, du lundi au vendredi de 8 h à 17 h. »`
            }
            error={errors.awayMessage?.message}
            {...register('awayMessage')}
          />
        </div>
      </Card>

      <Card
        title={t`Enquête de satisfaction`}
        description={t`Quand une conversation est résolue, le contact est invité à la noter de 1 à 5.`}
      >
        <div className="flex flex-col gap-4">
          <CheckboxField
            label={t`Demander une note à la résolution`}
            {...register('csatEnabled')}
          />
          <div className="rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700">
            <p>
              <Trans>
                Si le contact a écrit dans les dernières 24 heures, une question interactive lui est
                envoyée. En dehors de cette fenêtre, WhatsApp n’accepte qu’un modèle approuvé :
                celui choisi ci-dessous, dont la première réponse (bouton ou texte) donne la note.
              </Trans>
            </p>
            <p className="mt-1">
              <Trans>
                Sans modèle, l’enquête hors fenêtre n’est pas envoyée : la conversation l’indique
                comme « non envoyée ».
              </Trans>
            </p>
          </div>
          <SelectField
            label={t`Modèle hors fenêtre de 24 heures`}
            disabled={!csatEnabled}
            hint={
              templates.isError
                ? toUserMessage(templates.error, t`Les modèles n’ont pas pu être chargés.`)
                : undefined
            }
            error={errors.csatTemplateName?.message}
            {...register('csatTemplateName')}
          >
            <option value="">{t`Aucun modèle`}</option>
            {approved.map((template) => (
              <option key={template.id} value={template.name}>
                {template.name} ({template.language})
              </option>
            ))}
            {savedTemplateMissing && (
              <option value={savedTemplate}>
                {savedTemplateGone ? t`${savedTemplate} (plus approuvé)` : savedTemplate}
              </option>
            )}
          </SelectField>
          {templates.isSuccess && approved.length === 0 && (
            <p className="text-sm text-slate-600">
              <Trans>
                Aucun modèle approuvé pour l’instant.{' '}
                <Link to={paths.templates} className="font-semibold text-brand-700 underline">
                  Voir les modèles
                </Link>
              </Trans>
            </p>
          )}
          {csatEnabled && (!csatTemplateName || savedTemplateGone) && (
            <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {savedTemplateGone && csatTemplateName === savedTemplate
                ? t`Ce modèle n’est plus approuvé : hors fenêtre de 24 heures, l’enquête sera notée « non envoyée ». Choisissez un modèle approuvé.`
                : t`Sans modèle, l’enquête ne part qu’aux contacts qui ont écrit dans les dernières 24 heures.`}
            </p>
          )}
        </div>
      </Card>

      <Card
        title={t`Alerte d’attente`}
        description={t`Un contact qui attend une réponse plus longtemps que ce délai déclenche une notification à l’agent assigné, ou aux administrateurs quand personne ne l’a.`}
      >
        <TextField
          type="number"
          inputMode="numeric"
          min={waitingAlertRange.min}
          max={waitingAlertRange.max}
          step={1}
          className="sm:max-w-xs"
          label={t`Délai avant alerte (minutes)`}
          hint={t`De 1 à 1 440 minutes (24 heures).`}
          error={errors.waitingAlertMinutes?.message}
          {...register('waitingAlertMinutes', { valueAsNumber: true })}
        />
      </Card>

      <div className="sticky bottom-0 z-10 -mx-1 flex flex-col gap-3 rounded-xl border border-slate-200 bg-white/95 p-3 shadow-md backdrop-blur sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-slate-700" aria-live="polite">
          {isDirty ? t`Modifications non enregistrées.` : t`Tous les réglages sont enregistrés.`}
        </p>
        <div className="flex flex-col-reverse gap-2 sm:flex-row">
          {isDirty && (
            <Button variant="secondary" onClick={() => setDiscarding(true)}>
              <Trans>Annuler les modifications</Trans>
            </Button>
          )}
          <Button
            type="submit"
            loading={update.isPending}
            loadingText={t`Enregistrement…`}
            disabled={!isDirty}
          >
            <Trans>Enregistrer</Trans>
          </Button>
        </div>
      </div>
      <InlineError
        message={
          update.isError
            ? toUserMessage(update.error, t`Les réglages n’ont pas pu être enregistrés.`)
            : null
        }
      />

      <ConfirmDialog
        open={discarding}
        onCancel={() => setDiscarding(false)}
        title={t`Annuler les modifications ?`}
        description={t`Les réglages reviennent à leur dernière version enregistrée.`}
        confirmLabel={t`Annuler les modifications`}
        cancelLabel={t`Continuer la modification`}
        failureMessage={t`Les modifications n’ont pas pu être annulées.`}
        onConfirm={async () => {
          reset(saved);
          update.reset();
          setDiscarding(false);
        }}
      />
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        onCancel={() => blocker.reset?.()}
        title={t`Quitter sans enregistrer ?`}
        description={t`Vos modifications des réglages de la boîte de réception seront perdues.`}
        confirmLabel={t`Quitter sans enregistrer`}
        cancelLabel={t`Rester sur la page`}
        failureMessage={t`La page n’a pas pu être quittée.`}
        onConfirm={async () => blocker.proceed?.()}
      />
    </form>
  );
}
