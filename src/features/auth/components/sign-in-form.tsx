import { Trans, useLingui } from '@lingui/react/macro';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { TextField } from '../../../components/ui/text-field';
import { EmailField } from './email-field';
import { paths } from '../../../lib/paths';
import { toSignInErrorMessage } from '../auth-error-messages';
import { useSignIn } from '../hooks/use-sign-in';
import { signInSchema } from '../sign-in-form';

export function SignInForm() {
  const { t } = useLingui();
  const signIn = useSignIn();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: '', password: '' },
  });

  return (
    // noValidate: the browser's own bubbles would replace the messages below.
    <form
      noValidate
      onSubmit={(event) => {
        // A new attempt, even one stopped by validation, must not keep showing the previous failure.
        signIn.reset();
        void handleSubmit((values) => signIn.mutate(values))(event);
      }}
    >
      <InlineError
        message={signIn.isError ? toSignInErrorMessage(signIn.error) : null}
        className="mb-4"
      />
      <div className="flex flex-col gap-4">
        <EmailField error={errors.email?.message} registration={register('email')} />
        <TextField
          label={t`Mot de passe`}
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...register('password')}
        />
        <Link
          to={paths.forgotPassword}
          className="-mt-2 self-end text-sm font-semibold text-brand-700 underline"
        >
          <Trans>Mot de passe oublié ?</Trans>
        </Link>
        <Button
          type="submit"
          loading={signIn.isPending}
          loadingText={t`Connexion…`}
          className="mt-2"
        >
          <Trans>Se connecter</Trans>
        </Button>
      </div>
    </form>
  );
}
