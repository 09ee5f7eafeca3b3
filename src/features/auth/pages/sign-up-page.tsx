import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { AuthCard } from '../components/auth-card';
import { SignUpForm } from '../components/sign-up-form';

export function SignUpPage() {
  return (
    <AuthCard
      title="Créer un compte"
      description="Quelques secondes suffisent. Vous créerez ou rejoindrez ensuite une organisation."
      footer={
        <>
          Déjà un compte ?{' '}
          <Link to={paths.signIn} className="font-semibold text-brand-700 underline">
            Se connecter
          </Link>
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
