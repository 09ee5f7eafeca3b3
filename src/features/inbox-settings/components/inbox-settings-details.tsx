import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Card } from '../../../components/ui/card';
import { formatTimeZone } from '../../../lib/format';
import type { InboxSettings } from '../inbox-settings-form';
import { describeDay, readOfficeHours, weekdayName } from '../office-hours';

/** The settings as text, for agents and viewers, who read them without changing them. */
export function InboxSettingsDetails({
  settings,
  timeZone,
}: {
  settings: InboxSettings;
  timeZone: string;
}) {
  const { t } = useLingui();
  const yes = t`Oui`;
  const no = t`Non`;
  const capacity = settings.default_capacity;
  const minutes = settings.waiting_alert_minutes;
  const template = settings.csat_template_name;
  const rows = [
    { term: t`Attribution automatique`, value: settings.auto_assign ? yes : no },
    {
      term: t`Capacité par défaut`,
      value: plural(capacity, {
        one: '# conversation ouverte à la fois',
        other: '# conversations ouvertes à la fois',
      }),
    },
    {
      term: t`Les agents voient toutes les conversations`,
      value: settings.agents_see_all ? yes : no,
    },
    {
      term: t`Message d’absence`,
      value: settings.away_enabled ? (settings.away_message ?? '') : t`Désactivé`,
    },
    {
      term: t`Enquête de satisfaction`,
      value: settings.csat_enabled
        ? template
          ? t`Activée (modèle hors fenêtre : ${template})`
          : t`Activée, sans modèle hors fenêtre de 24 heures`
        : t`Désactivée`,
    },
    {
      term: t`Alerte d’attente`,
      value: plural(minutes, {
        one: 'Après # minute sans réponse',
        other: 'Après # minutes sans réponse',
      }),
    },
  ];
  const zone = formatTimeZone(timeZone);
  return (
    <>
      <Card title={t`Réglages de la boîte de réception`}>
        <p className="mb-4 text-sm text-slate-600">
          <Trans>
            Seuls les propriétaires et les administrateurs peuvent modifier ces réglages.
          </Trans>
        </p>
        <dl className="grid gap-4 sm:grid-cols-2">
          {rows.map((row) => (
            <div key={row.term} className="min-w-0">
              <dt className="text-sm text-slate-600">{row.term}</dt>
              <dd className="mt-0.5 font-medium break-words whitespace-pre-line text-slate-900">
                {row.value}
              </dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card
        title={t`Heures d’ouverture`}
        description={<Trans>Dans le fuseau de l’organisation : {zone}.</Trans>}
      >
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[8rem_minmax(0,1fr)]">
          {readOfficeHours(settings.office_hours).map(({ day, slots }) => (
            <div key={day} className="contents">
              <dt className="font-medium text-slate-900">{weekdayName(day)}</dt>
              <dd className="mb-2 text-slate-700 tabular-nums sm:mb-0">{describeDay(slots)}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </>
  );
}
