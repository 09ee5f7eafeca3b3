import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { AuthCard } from '../components/auth-card';
import { SignInForm } from '../components/sign-in-form';

export function SignInPage() {
  const { t } = useLingui();
  return (
    <AuthCard
      title={t`Connexion`}
      description={t`Accédez à l’espace de votre organisation.`}
      footer={
        <>
          <Trans>Pas encore de compte ?</Trans>{' '}
          <Link to={paths.signUp} className="font-semibold text-brand-700 underline">
            <Trans>Créer un compte</Trans>
          </Link>
        </>
      }
    >
      <SignInForm />
    </AuthCard>
  );
}
