import { zodResolver } from '@hookform/resolvers/zod';
import { Trans, useLingui } from '@lingui/react/macro';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { countries, phoneCountryLabel, timeZoneOptions } from '../../../domain/geography/countries';
import { toUserMessage } from '../../../lib/errors';
import { formatTimeZone } from '../../../lib/format';
import type { Organization } from '../../../lib/workspace';
import { useUpdateOrganization } from '../hooks/use-update-organization';
import { organizationSettingsSchema } from '../organization-form';
import { CountryOptions } from './country-options';

type OrganizationSettingsFormProps = {
  organization: Organization;
  userId: string;
};

export function OrganizationSettingsForm({ organization, userId }: OrganizationSettingsFormProps) {
  const { t } = useLingui();
  const update = useUpdateOrganization(organization.id, userId);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isDirty },
  } = useForm({
    resolver: zodResolver(organizationSettingsSchema),
    defaultValues: {
      name: organization.name,
      countryCode: organization.country_code,
      defaultPhoneCountry: organization.default_phone_country,
      timeZone: organization.time_zone,
    },
  });

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        update.reset();
        void handleSubmit((values) =>
          update.mutate(values, {
            onSuccess: () => {
              reset(values);
              toast.success(t`Paramètres de l’organisation enregistrés.`);
            },
          }),
        )(event);
      }}
    >
      <InlineError
        message={
          update.isError
            ? toUserMessage(update.error, t`Les modifications n’ont pas pu être enregistrées.`)
            : null
        }
      />
      <TextField
        label={t`Nom de l’organisation`}
        autoComplete="organization"
        error={errors.name?.message}
        {...register('name')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t`Pays`}
          error={errors.countryCode?.message}
          {...register('countryCode')}
        >
          <CountryOptions />
        </SelectField>
        <SelectField
          label={t`Pays des numéros de téléphone`}
          hint={t`Sert à lire les numéros saisis sans indicatif.`}
          error={errors.defaultPhoneCountry?.message}
          {...register('defaultPhoneCountry')}
        >
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {phoneCountryLabel(country.code)}
            </option>
          ))}
        </SelectField>
      </div>
      <SelectField
        label={t`Fuseau horaire`}
        hint={t`Les dates et heures de planification s’affichent dans ce fuseau.`}
        error={errors.timeZone?.message}
        {...register('timeZone')}
      >
        {timeZoneOptions(organization.time_zone).map((zone) => (
          <option key={zone} value={zone}>
            {formatTimeZone(zone)}
          </option>
        ))}
      </SelectField>
      <div>
        <Button
          type="submit"
          loading={update.isPending}
          loadingText={t`Enregistrement…`}
          disabled={!isDirty}
        >
          <Trans>Enregistrer</Trans>
        </Button>
      </div>
    </form>
  );
}
