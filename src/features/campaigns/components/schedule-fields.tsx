import { Trans, useLingui } from '@lingui/react/macro';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Card } from '../../../components/ui/card';
import { TextField } from '../../../components/ui/text-field';
import { formatDateTime, formatTimeZone } from '../../../lib/format';
import { timings, type CampaignFormValues, type Timing } from '../campaign-form';
import { utcToZonedDateTime } from '../../../lib/zoned-time';

type ScheduleFieldsProps = {
  register: UseFormRegister<CampaignFormValues>;
  errors: FieldErrors<CampaignFormValues>;
  timing: Timing;
  quietHours: boolean;
  timeZone: string;
  /** The schedule as an instant, once complete: echoed in words under the fields. */
  scheduledAt: string | null;
};

/** When the campaign starts, on the organisation's clocks, and the hours it must not send. */
export function ScheduleFields({
  register,
  errors,
  timing,
  quietHours,
  timeZone,
  scheduledAt,
}: ScheduleFieldsProps) {
  const { t } = useLingui();
  // « Heure de Douala (UTC+1) », with the offset in force at the chosen moment.
  const zone = formatTimeZone(timeZone, scheduledAt ?? new Date());
  const departure = scheduledAt && formatDateTime(scheduledAt, timeZone);
  return (
    <Card
      title={t`Envoi`}
      description={t`Dates et heures dans le fuseau horaire de l’organisation : ${zone}.`}
    >
      <div className="flex flex-col gap-5">
        <fieldset className="flex min-w-0 flex-col gap-2">
          <legend className="mb-1 text-sm font-medium text-slate-800">
            <Trans>Quand</Trans>
          </legend>
          <div className="flex flex-col gap-1 sm:flex-row sm:gap-6">
            {timings.map((value) => (
              <label
                key={value}
                className="inline-flex min-h-10 items-center gap-2 text-sm text-slate-900"
              >
                <input
                  type="radio"
                  value={value}
                  className="size-4 accent-brand-700"
                  {...register('timing')}
                />
                {value === 'now' ? t`Envoyer maintenant` : t`Programmer l’envoi`}
              </label>
            ))}
          </div>
        </fieldset>

        {timing === 'scheduled' && (
          <div className="flex flex-col gap-2">
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField
                type="date"
                label={t`Date d’envoi`}
                min={utcToZonedDateTime(new Date(), timeZone).date}
                error={errors.scheduledDate?.message}
                {...register('scheduledDate')}
              />
              <TextField
                type="time"
                label={t`Heure d’envoi`}
                hint={zone}
                error={errors.scheduledTime?.message}
                {...register('scheduledTime')}
              />
            </div>
            {departure && (
              <p className="text-sm text-slate-700">
                <Trans>
                  Départ le <strong>{departure}</strong> ({zone}).
                </Trans>
              </p>
            )}
          </div>
        )}

        <div className="flex flex-col gap-3 border-t border-slate-200 pt-4">
          <label className="flex min-h-10 items-start gap-2 text-sm text-slate-900">
            <input
              type="checkbox"
              className="mt-0.5 size-4 shrink-0 accent-brand-700"
              {...register('quietHours')}
            />
            <span className="min-w-0">
              <span className="font-medium">
                <Trans>Respecter des heures de silence</Trans>
              </span>
              <span className="block text-slate-600">
                <Trans>
                  Aucun message ne part pendant cette plage ; l’envoi reprend à sa fin. Elle peut
                  passer minuit (de 21:00 à 08:00 le lendemain).
                </Trans>
              </span>
            </span>
          </label>
          {quietHours && (
            <fieldset className="grid min-w-0 gap-3 sm:grid-cols-2">
              <legend className="sr-only">
                <Trans>Heures de silence</Trans>
              </legend>
              <TextField
                type="time"
                label={t`Pas d’envoi à partir de`}
                error={errors.quietStart?.message}
                {...register('quietStart')}
              />
              <TextField
                type="time"
                label={t`Reprise de l’envoi à`}
                error={errors.quietEnd?.message}
                {...register('quietEnd')}
              />
            </fieldset>
          )}
        </div>
      </div>
    </Card>
  );
}
