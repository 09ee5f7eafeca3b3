import { zodResolver } from '@hookform/resolvers/zod';
import { Trans, useLingui } from '@lingui/react/macro';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { paths } from '../../../lib/paths';
import { toPasswordResetErrorMessage } from '../auth-error-messages';
import { AuthCard } from '../components/auth-card';
import { EmailField } from '../components/email-field';
import { forgotPasswordSchema } from '../forgot-password-form';
import { useRequestPasswordReset } from '../hooks/use-password-reset';

/** « Mot de passe oublié ? »: the address to send a recovery link to. */
export function ForgotPasswordPage() {
  const { t } = useLingui();
  const request = useRequestPasswordReset();
  const {
    register,
    handleSubmit,
    getValues,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(forgotPasswordSchema),
    defaultValues: { email: '' },
  });
  const email = getValues('email');

  return (
    <AuthCard
      title={t`Mot de passe oublié`}
      description={t`Recevez par e-mail un lien pour choisir un nouveau mot de passe.`}
      footer={
        <Link to={paths.signIn} className="font-semibold text-brand-700 underline">
          <Trans>Retour à la connexion</Trans>
        </Link>
      }
    >
      {request.isSuccess ? (
        <div role="status" className="flex flex-col gap-3 text-sm text-slate-700">
          <p>
            <Trans>
              Si un compte existe pour <strong className="break-all">{email}</strong>, un e-mail
              vient de partir avec un lien pour choisir un nouveau mot de passe. Le lien est valable
              une heure et ne sert qu’une fois.
            </Trans>
          </p>
          <p>
            <Trans>Rien reçu ? Regardez dans les courriers indésirables, puis réessayez.</Trans>
          </p>
          <div>
            <Button variant="secondary" onClick={() => request.reset()}>
              <Trans>Renvoyer un e-mail</Trans>
            </Button>
          </div>
        </div>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            request.reset();
            void handleSubmit((values) => request.mutate(values))(event);
          }}
        >
          <InlineError
            message={request.isError ? toPasswordResetErrorMessage(request.error) : null}
            className="mb-4"
          />
          <div className="flex flex-col gap-4">
            <EmailField error={errors.email?.message} registration={register('email')} />
            <Button
              type="submit"
              loading={request.isPending}
              loadingText={t`Envoi…`}
              className="mt-2"
            >
              <Trans>Recevoir le lien</Trans>
            </Button>
          </div>
        </form>
      )}
    </AuthCard>
  );
}
