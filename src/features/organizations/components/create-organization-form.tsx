import { zodResolver } from '@hookform/resolvers/zod';
import { Trans, useLingui } from '@lingui/react/macro';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import {
  defaultCountryCode,
  derivedFromCountry,
  phoneCountryLabel,
} from '../../../domain/geography/countries';
import { toUserMessage } from '../../../lib/errors';
import { formatTimeZone } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { planName } from '../../billing/plan-names';
import { useCreateOrganization } from '../hooks/use-create-organization';
import { createOrganizationSchema } from '../organization-form';
import { CountryOptions } from './country-options';

export function CreateOrganizationForm({ userId }: { userId: string }) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const createOrganization = useCreateOrganization(userId);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(createOrganizationSchema),
    defaultValues: { name: '', countryCode: defaultCountryCode },
  });
  const countryCode = useWatch({ control, name: 'countryCode' });
  const derived = derivedFromCountry(countryCode);
  const startingPlan = planName('starter');

  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        createOrganization.reset();
        void handleSubmit((values) =>
          createOrganization.mutate(values, {
            onSuccess: (organization) => {
              const name = organization.name;
              toast.success(t`L’organisation « ${name} » est créée.`);
              void navigate(paths.home, { replace: true });
            },
          }),
        )(event);
      }}
    >
      <InlineError
        message={
          createOrganization.isError
            ? toUserMessage(
                createOrganization.error,
                t`L’organisation n’a pas pu être créée. Réessayez dans un instant.`,
              )
            : null
        }
      />
      <TextField
        label={t`Nom de l’organisation`}
        autoComplete="organization"
        placeholder={t`Ex. : Centre national de santé`}
        error={errors.name?.message}
        {...register('name')}
      />
      <SelectField label={t`Pays`} error={errors.countryCode?.message} {...register('countryCode')}>
        <CountryOptions />
      </SelectField>

      <section
        aria-labelledby="derived-settings-title"
        className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3"
      >
        <h2 id="derived-settings-title" className="text-sm font-semibold text-slate-900">
          <Trans>Réglages déduits du pays</Trans>
        </h2>
        <dl aria-live="polite" className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
          <div className="min-w-0">
            <dt className="text-slate-600">
              <Trans>Pays des numéros de téléphone</Trans>
            </dt>
            <dd className="font-medium text-slate-900">
              {phoneCountryLabel(derived.phoneCountry)}
            </dd>
          </div>
          <div className="min-w-0">
            <dt className="text-slate-600">
              <Trans>Fuseau horaire</Trans>
            </dt>
            <dd className="font-medium break-words text-slate-900">
              {formatTimeZone(derived.timeZone)}
            </dd>
          </div>
        </dl>
        <p className="mt-2 text-xs text-slate-600">
          <Trans>
            Modifiables ensuite dans Paramètres › Organisation. L’organisation démarre sur l’offre{' '}
            {startingPlan}, en mode bac à sable.
          </Trans>
        </p>
      </section>

      <Button
        type="submit"
        loading={createOrganization.isPending}
        loadingText={t`Création…`}
        className="self-stretch sm:self-start"
      >
        <Trans>Créer l’organisation</Trans>
      </Button>
    </form>
  );
}
