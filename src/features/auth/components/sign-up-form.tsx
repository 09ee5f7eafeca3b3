import { Trans, useLingui } from '@lingui/react/macro';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { TextField } from '../../../components/ui/text-field';
import { EmailField } from './email-field';
import { toSignUpErrorMessage } from '../auth-error-messages';
import { useSignUp } from '../hooks/use-sign-up';
import { minimumPasswordLength } from '../credential-fields';
import { signUpSchema } from '../sign-up-form';

export function SignUpForm() {
  const { t } = useLingui();
  const signUp = useSignUp();
  const {
    register,
    handleSubmit,
    getValues,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(signUpSchema),
    defaultValues: { fullName: '', email: '', password: '', passwordConfirmation: '' },
  });

  if (signUp.isSuccess && !signUp.data.signedIn) {
    const email = getValues('email');
    return (
      <div
        role="status"
        className="rounded-md border border-brand-200 bg-brand-50 px-3 py-3 text-sm text-brand-900"
      >
        <Trans>
          Compte créé. Ouvrez le lien de confirmation envoyé à{' '}
          <strong className="break-all">{email}</strong>, puis connectez-vous.
        </Trans>
      </div>
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        signUp.reset();
        void handleSubmit((values) => signUp.mutate(values))(event);
      }}
    >
      <InlineError
        message={signUp.isError ? toSignUpErrorMessage(signUp.error) : null}
        className="mb-4"
      />
      <div className="flex flex-col gap-4">
        <TextField
          label={t`Nom complet`}
          autoComplete="name"
          error={errors.fullName?.message}
          {...register('fullName')}
        />
        <EmailField error={errors.email?.message} registration={register('email')} />
        <TextField
          label={t`Mot de passe`}
          type="password"
          autoComplete="new-password"
          hint={t`Au moins ${minimumPasswordLength} caractères.`}
          error={errors.password?.message}
          {...register('password')}
        />
        <TextField
          label={t`Confirmation du mot de passe`}
          type="password"
          autoComplete="new-password"
          error={errors.passwordConfirmation?.message}
          {...register('passwordConfirmation')}
        />
        <Button
          type="submit"
          loading={signUp.isPending}
          loadingText={t`Création du compte…`}
          className="mt-2"
        >
          <Trans>Créer mon compte</Trans>
        </Button>
      </div>
    </form>
  );
}
