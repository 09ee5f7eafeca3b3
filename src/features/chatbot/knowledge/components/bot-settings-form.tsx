import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';
import { Button } from '../../../../components/ui/button';
import { Card } from '../../../../components/ui/card';
import { InlineError } from '../../../../components/ui/inline-error';
import { SelectField } from '../../../../components/ui/select-field';
import { TextField } from '../../../../components/ui/text-field';
import { toast } from '../../../../components/ui/toast-store';
import { toUserMessage } from '../../../../lib/errors';
import type { BotSettings } from '../api';
import { useUpdateBotSettings } from '../hooks/use-bot-settings';
import { formatPercent } from '../../percent';
import {
  misunderstoodRange,
  readSettings,
  thresholdPercent,
  toSettingsValues,
  type SettingsErrors,
  type SettingsValues,
  type TimeoutUnit,
} from '../settings-form';

/**
 * The threshold, the AI check of FAQ answers, the session timeout and the misunderstood messages
 * before a handover.
 */
export function BotSettingsForm({
  organizationId,
  settings,
  canEdit,
}: {
  organizationId: string;
  settings: BotSettings;
  canEdit: boolean;
}) {
  const { t } = useLingui();
  const save = useUpdateBotSettings(organizationId);
  const thresholdId = useId();
  const thresholdHintId = useId();
  const aiCheckId = useId();
  const aiCheckHintId = useId();
  const [values, setValues] = useState<SettingsValues>(() => toSettingsValues(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const percent = formatPercent(values.thresholdPercent / 100);
  const change = (next: Partial<SettingsValues>) => setValues({ ...values, ...next });

  return (
    <Card
      title={t`Compréhension et relais`}
      description={t`Quand le bot répond seul, et quand il passe la main à un conseiller.`}
    >
      <form
        noValidate
        className="flex flex-col gap-5"
        onSubmit={(event) => {
          event.preventDefault();
          const read = readSettings(values);
          if (!read.ok) {
            setErrors(read.errors);
            return;
          }
          setErrors({});
          // Not mutate's onSuccess: the saved settings, refetched before it would run, remount this
          // form (bot-settings-page.tsx), and an unmounted form's callbacks are dropped.
          void save.mutateAsync(read.settings).then(
            () => toast.success(t`Réglages du chatbot enregistrés.`),
            // Shown in the form (save.error).
            () => undefined,
          );
        }}
      >
        <InlineError
          message={
            save.isError
              ? toUserMessage(save.error, t`Les réglages n’ont pas pu être enregistrés.`)
              : null
          }
        />
        <div className="flex flex-col gap-1.5">
          <div className="flex items-baseline justify-between gap-3">
            <label htmlFor={thresholdId} className="text-sm font-medium text-slate-800">
              <Trans>Seuil de confiance</Trans>
            </label>
            <output htmlFor={thresholdId} className="text-sm font-semibold text-slate-900">
              {percent}
            </output>
          </div>
          <input
            id={thresholdId}
            type="range"
            min={thresholdPercent.min}
            max={thresholdPercent.max}
            step={thresholdPercent.step}
            value={values.thresholdPercent}
            aria-valuetext={percent}
            aria-describedby={thresholdHintId}
            disabled={!canEdit}
            className="h-10 w-full accent-brand-700 disabled:opacity-60"
            onChange={(event) => change({ thresholdPercent: Number(event.target.value) })}
          />
          <p id={thresholdHintId} className="text-sm text-slate-600">
            <Trans>
              Le bot envoie une réponse de la FAQ quand il est sûr à {percent} au moins que c’est la
              bonne ; en dessous, il dit qu’il n’a pas compris et propose un conseiller. Plus haut :
              moins de réponses à côté, mais plus de messages non compris. Vérifiez l’effet avec «
              Tester » dans la FAQ.
            </Trans>
          </p>
        </div>

        <div className="flex items-start gap-3">
          <input
            id={aiCheckId}
            type="checkbox"
            checked={values.aiCheck}
            aria-describedby={aiCheckHintId}
            disabled={!canEdit}
            className="mt-0.5 size-5 shrink-0 accent-brand-700 disabled:opacity-60"
            onChange={(event) => change({ aiCheck: event.target.checked })}
          />
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={aiCheckId} className="text-sm font-medium text-slate-800">
              <Trans>Vérifier les réponses de la FAQ avec l’IA</Trans>
            </label>
            <p id={aiCheckHintId} className="text-sm text-slate-600">
              <Trans>
                L’IA lit chaque message auquel la FAQ pourrait répondre et choisit la bonne réponse
                parmi les entrées les plus proches, ou aucune. Les réponses viennent toujours de la
                FAQ : l’IA n’en écrit jamais. Comptez environ une seconde de plus par réponse ; si
                l’IA ne répond pas, le seuil de confiance décide.
              </Trans>
            </p>
          </div>
        </div>

        <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
          <TextField
            label={t`Fin d’une conversation avec le bot après`}
            inputMode="numeric"
            autoComplete="off"
            className="sm:w-72"
            value={values.timeout}
            disabled={!canEdit}
            error={errors.timeout}
            hint={t`Sans message du contact pendant ce temps, le parcours s’arrête ; le prochain message recommence.`}
            onChange={(event) => change({ timeout: event.target.value })}
          />
          <SelectField
            label={t`Unité`}
            className="sm:w-40"
            value={values.timeoutUnit}
            disabled={!canEdit}
            onChange={(event) => change({ timeoutUnit: event.target.value as TimeoutUnit })}
          >
            <option value="minutes">{t`minutes`}</option>
            <option value="hours">{t`heures`}</option>
          </SelectField>
        </div>

        <TextField
          label={t`Messages non compris avant le relais`}
          type="number"
          inputMode="numeric"
          min={misunderstoodRange.min}
          max={misunderstoodRange.max}
          className="sm:w-72"
          value={values.maxMisunderstood}
          disabled={!canEdit}
          error={errors.maxMisunderstood}
          hint={t`Après autant de messages de suite qu’il ne comprend pas, le bot confie la conversation à un conseiller.`}
          onChange={(event) => change({ maxMisunderstood: event.target.value })}
        />

        {canEdit ? (
          <div>
            <Button type="submit" loading={save.isPending} loadingText={t`Enregistrement…`}>
              <Trans>Enregistrer</Trans>
            </Button>
          </div>
        ) : (
          <p className="text-sm text-slate-600">
            <Trans>Les propriétaires et les administrateurs modifient ces réglages.</Trans>
          </p>
        )}
      </form>
    </Card>
  );
}
