import { Trans, useLingui } from '@lingui/react/macro';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
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
      {/* Always rendered so screen readers announce the message as soon as it appears. */}
      <div role="alert">
        {signIn.isError && (
          <p className="mb-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {toSignInErrorMessage(signIn.error)}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-4">
        <TextField
          label={t`Adresse e-mail`}
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          error={errors.email?.message}
          {...register('email')}
        />
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
