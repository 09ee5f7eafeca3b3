import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import type { Profile } from '../api';
import { useUpdateMyProfile } from '../hooks/use-my-profile';
import {
  languages,
  profileSchema,
  type ProfileFormInput,
  type ProfileValues,
} from '../profile-form';

export function ProfileForm({ profile, email }: { profile: Profile; email: string }) {
  const update = useUpdateMyProfile(profile.id);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isDirty },
  } = useForm<ProfileFormInput, unknown, ProfileValues>({
    resolver: zodResolver(profileSchema),
    defaultValues: {
      fullName: profile.full_name ?? '',
      phone: profile.phone ?? '',
      preferredLanguage: profile.preferred_language === 'en' ? 'en' : 'fr',
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
              reset({ ...values, phone: values.phone ?? '' });
              toast.success('Profil enregistré.');
            },
          }),
        )(event);
      }}
    >
      <InlineError
        message={
          update.isError
            ? toUserMessage(update.error, 'Le profil n’a pas pu être enregistré.')
            : null
        }
      />
      <TextField
        label="Adresse e-mail"
        type="email"
        value={profile.email ?? email}
        readOnly
        hint="L’adresse e-mail sert à vous connecter ; elle ne se modifie pas ici."
      />
      <TextField
        label="Nom complet"
        autoComplete="name"
        error={errors.fullName?.message}
        {...register('fullName')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Téléphone"
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          placeholder="+237 6 99 12 34 56"
          hint="Format international, avec l’indicatif du pays."
          error={errors.phone?.message}
          {...register('phone')}
        />
        <SelectField
          label="Langue préférée"
          error={errors.preferredLanguage?.message}
          {...register('preferredLanguage')}
        >
          {languages.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.label}
            </option>
          ))}
        </SelectField>
      </div>
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
