import { zodResolver } from '@hookform/resolvers/zod';
import { i18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { languageOptions } from '../../../lib/language-names';
import type { Profile } from '../api';
import { useChangeLocale } from '../hooks/use-change-locale';
import { useUpdateMyProfile } from '../hooks/use-my-profile';
import {
  phoneHint,
  profileSchema,
  type ProfileFormInput,
  type ProfileValues,
} from '../profile-form';

// Said once the interface may already be in the newly chosen language: read from the catalogue
// when shown, not with the `t` of the render that started the save.
const savedMessage = msg`Profil enregistré.`;
const languageNotAppliedMessage = msg`Profil enregistré, mais la langue n’a pas pu être appliquée. Réessayez depuis le menu de votre compte.`;

/**
 * `phoneCountry`: the country numbers typed without a prefix are read as from (the active
 * organisation's).
 */
export function ProfileForm({
  profile,
  email,
  phoneCountry,
}: {
  profile: Profile;
  email: string;
  phoneCountry: string;
}) {
  const { t } = useLingui();
  const update = useUpdateMyProfile(profile.id);
  const changeLocale = useChangeLocale(profile.id);
  const schema = useMemo(() => profileSchema(phoneCountry), [phoneCountry]);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isDirty },
  } = useForm<ProfileFormInput, unknown, ProfileValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      fullName: profile.full_name ?? '',
      phone: profile.phone ?? '',
      preferredLanguage: profile.preferred_language === 'en' ? 'en' : 'fr',
    },
  });

  /** The saved language becomes the interface's, when it is not already. */
  const applyLanguage = async (values: ProfileValues) => {
    if (values.preferredLanguage === i18n.locale) return true;
    try {
      await changeLocale.mutateAsync(values.preferredLanguage);
      return true;
    } catch {
      return false;
    }
  };

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        update.reset();
        void handleSubmit((values) =>
          update.mutate(values, {
            onSuccess: async () => {
              reset({ ...values, phone: values.phone ?? '' });
              const applied = await applyLanguage(values);
              if (applied) toast.success(i18n._(savedMessage));
              else toast.error(i18n._(languageNotAppliedMessage));
            },
          }),
        )(event);
      }}
    >
      <InlineError
        message={
          update.isError
            ? toUserMessage(update.error, t`Le profil n’a pas pu être enregistré.`)
            : null
        }
      />
      <TextField
        label={t`Adresse e-mail`}
        type="email"
        value={profile.email ?? email}
        readOnly
        hint={t`L’adresse e-mail sert à vous connecter ; elle ne se modifie pas ici.`}
      />
      <TextField
        label={t`Nom complet`}
        autoComplete="name"
        error={errors.fullName?.message}
        {...register('fullName')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t`Téléphone`}
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          hint={phoneHint(phoneCountry)}
          error={errors.phone?.message}
          {...register('phone')}
        />
        <SelectField
          label={t`Langue préférée`}
          hint={t`La langue de l’interface, appliquée dès l’enregistrement.`}
          error={errors.preferredLanguage?.message}
          {...register('preferredLanguage')}
        >
          {languageOptions().map(({ locale, label }) => (
            <option key={locale} value={locale} lang={locale}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      <div>
        <Button
          type="submit"
          loading={update.isPending || changeLocale.isPending}
          loadingText={t`Enregistrement…`}
          disabled={!isDirty}
        >
          <Trans>Enregistrer</Trans>
        </Button>
      </div>
    </form>
  );
}
