import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageLoader } from '../../../components/ui/page-loader';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { AuthCard } from '../components/auth-card';
import { ChangePasswordForm } from '../components/change-password-form';
import { recoveryLinkError } from '../recovery-link';

/**
 * Where the recovery e-mail's link lands: supabase-js has read the session the link carries, and
 * the person chooses a new password. A link that expired or already served says so, with a way to
 * ask for another.
 */
export function ResetPasswordPage() {
  const { t } = useLingui();
  const navigate = useNavigate();
  const session = useSession();
  // Read once: the address keeps the error until the person leaves the page.
  const [linkError] = useState(() => recoveryLinkError(window.location.hash));
  const askAgain = (
    <Link to={paths.forgotPassword} className="font-semibold text-brand-700 underline">
      <Trans>Demander un nouveau lien</Trans>
    </Link>
  );

  if (session.status === 'loading') return <PageLoader />;
  if (linkError || session.status === 'signed-out')
    return (
      <AuthCard
        title={t`Lien expiré`}
        description={t`Ce lien de réinitialisation a expiré ou a déjà servi.`}
        footer={askAgain}
      >
        <p className="text-sm text-slate-700">
          <Trans>
            Pour votre sécurité, un lien ne sert qu’une fois et pendant une heure. Demandez-en un
            nouveau : il arrive en quelques instants.
          </Trans>
        </p>
      </AuthCard>
    );
  const email = session.session.user.email ?? '';
  return (
    <AuthCard
      title={t`Nouveau mot de passe`}
      description={t`Choisissez le nouveau mot de passe du compte ${email}.`}
      footer={
        <Link to={paths.home} className="font-semibold text-brand-700 underline">
          <Trans>Garder l’ancien et continuer</Trans>
        </Link>
      }
    >
      <ChangePasswordForm onChanged={() => void navigate(paths.home, { replace: true })} />
    </AuthCard>
  );
}
