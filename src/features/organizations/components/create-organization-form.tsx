import { zodResolver } from '@hookform/resolvers/zod';
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
import { formatUtcOffset } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useCreateOrganization } from '../hooks/use-create-organization';
import { createOrganizationSchema } from '../organization-form';
import { CountryOptions } from './country-options';

export function CreateOrganizationForm({ userId }: { userId: string }) {
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

  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        createOrganization.reset();
        void handleSubmit((values) =>
          createOrganization.mutate(values, {
            onSuccess: (organization) => {
              toast.success(`L’organisation « ${organization.name} » est créée.`);
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
                'L’organisation n’a pas pu être créée. Réessayez dans un instant.',
              )
            : null
        }
      />
      <TextField
        label="Nom de l’organisation"
        autoComplete="organization"
        placeholder="Ex. : Centre national de santé"
        error={errors.name?.message}
        {...register('name')}
      />
      <SelectField label="Pays" error={errors.countryCode?.message} {...register('countryCode')}>
        <CountryOptions />
      </SelectField>

      <section
        aria-labelledby="derived-settings-title"
        className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3"
      >
        <h2 id="derived-settings-title" className="text-sm font-semibold text-slate-900">
          Réglages déduits du pays
        </h2>
        <dl aria-live="polite" className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
          <div className="min-w-0">
            <dt className="text-slate-600">Pays des numéros de téléphone</dt>
            <dd className="font-medium text-slate-900">
              {phoneCountryLabel(derived.phoneCountry)}
            </dd>
          </div>
          <div className="min-w-0">
            <dt className="text-slate-600">Fuseau horaire</dt>
            <dd className="font-medium break-words text-slate-900">
              {derived.timeZone} ({formatUtcOffset(derived.timeZone)})
            </dd>
          </div>
        </dl>
        <p className="mt-2 text-xs text-slate-600">
          Modifiables ensuite dans Paramètres › Organisation. L’organisation démarre sur l’offre
          Starter, en mode bac à sable.
        </p>
      </section>

      <Button
        type="submit"
        loading={createOrganization.isPending}
        loadingText="Création…"
        className="self-stretch sm:self-start"
      >
        Créer l’organisation
      </Button>
    </form>
  );
}
