import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { AuthCard } from '../components/auth-card';
import { SignUpForm } from '../components/sign-up-form';

export function SignUpPage() {
  const { t } = useLingui();
  return (
    <AuthCard
      title={t`Créer un compte`}
      description={t`Quelques secondes suffisent. Vous créerez ou rejoindrez ensuite une organisation.`}
      footer={
        <>
          <Trans>Déjà un compte ?</Trans>{' '}
          <Link to={paths.signIn} className="font-semibold text-brand-700 underline">
            <Trans>Se connecter</Trans>
          </Link>
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
