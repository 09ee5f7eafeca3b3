import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { AuthCard } from '../components/auth-card';
import { SignInForm } from '../components/sign-in-form';

export function SignInPage() {
  return (
    <AuthCard
      title="Connexion"
      description="Accédez à l’espace de votre organisation."
      footer={
        <>
          Pas encore de compte ?{' '}
          <Link to={paths.signUp} className="font-semibold text-brand-700 underline">
            Créer un compte
          </Link>
        </>
      }
    >
      <SignInForm />
    </AuthCard>
  );
}
