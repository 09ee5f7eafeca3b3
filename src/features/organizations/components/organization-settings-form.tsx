import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { countries, timeZoneOptions } from '../../../domain/geography/countries';
import { toUserMessage } from '../../../lib/errors';
import { formatUtcOffset } from '../../../lib/format';
import type { Organization } from '../../../lib/workspace';
import { useUpdateOrganization } from '../hooks/use-update-organization';
import { organizationSettingsSchema } from '../organization-form';
import { CountryOptions } from './country-options';

type OrganizationSettingsFormProps = {
  organization: Organization;
  userId: string;
};

export function OrganizationSettingsForm({ organization, userId }: OrganizationSettingsFormProps) {
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
              toast.success('Paramètres de l’organisation enregistrés.');
            },
          }),
        )(event);
      }}
    >
      <InlineError
        message={
          update.isError
            ? toUserMessage(update.error, 'Les modifications n’ont pas pu être enregistrées.')
            : null
        }
      />
      <TextField
        label="Nom de l’organisation"
        autoComplete="organization"
        error={errors.name?.message}
        {...register('name')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Pays" error={errors.countryCode?.message} {...register('countryCode')}>
          <CountryOptions />
        </SelectField>
        <SelectField
          label="Pays des numéros de téléphone"
          hint="Sert à lire les numéros saisis sans indicatif."
          error={errors.defaultPhoneCountry?.message}
          {...register('defaultPhoneCountry')}
        >
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name} ({country.dialCode})
            </option>
          ))}
        </SelectField>
      </div>
      <SelectField
        label="Fuseau horaire"
        hint="Les dates et heures de planification s’affichent dans ce fuseau."
        error={errors.timeZone?.message}
        {...register('timeZone')}
      >
        {timeZoneOptions(organization.time_zone).map((zone) => (
          <option key={zone} value={zone}>
            {zone} ({formatUtcOffset(zone)})
          </option>
        ))}
      </SelectField>
      <div>
        <Button
          type="submit"
          loading={update.isPending}
          loadingText="Enregistrement…"
          disabled={!isDirty}
        >
          Enregistrer
        </Button>
      </div>
    </form>
  );
}
