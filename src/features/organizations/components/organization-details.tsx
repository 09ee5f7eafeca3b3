import { useLingui } from '@lingui/react/macro';
import { countryName, phoneCountryLabel } from '../../../domain/geography/countries';
import { formatTimeZone } from '../../../lib/format';
import type { Organization } from '../../../lib/workspace';

/** The settings as text, for members who may read but not change them. */
export function OrganizationDetails({ organization }: { organization: Organization }) {
  const { t } = useLingui();
  const rows = [
    { term: t`Nom de l’organisation`, value: organization.name },
    { term: t`Pays`, value: countryName(organization.country_code) },
    {
      term: t`Pays des numéros de téléphone`,
      value: phoneCountryLabel(organization.default_phone_country),
    },
    { term: t`Fuseau horaire`, value: formatTimeZone(organization.time_zone) },
  ];
  return (
    <>
      <p className="mb-4 text-sm text-slate-600">
        {t`Seuls les propriétaires et les administrateurs peuvent modifier ces informations.`}
      </p>
      <dl className="grid gap-4 sm:grid-cols-2">
        {rows.map((row) => (
          <div key={row.term} className="min-w-0">
            <dt className="text-sm text-slate-600">{row.term}</dt>
            <dd className="mt-0.5 font-medium break-words text-slate-900">{row.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
