import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { useSignedInUser } from '../../../lib/session';
import { CreateOrganizationForm } from '../components/create-organization-form';
import { useMyMemberships } from '../hooks/use-my-memberships';

export function OnboardingPage() {
  const { t } = useLingui();
  const user = useSignedInUser();
  const memberships = useMyMemberships(user.id);
  const hasOrganizations = (memberships.data?.length ?? 0) > 0;

  return (
    <div className="mx-auto w-full max-w-xl px-4 py-8 sm:py-12">
      <title>{t`Bienvenue · WCAP`}</title>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
        <Trans>Créez votre organisation</Trans>
      </h1>
      <p className="mt-2 text-sm text-slate-600">
        <Trans>
          Votre organisation regroupe vos contacts, vos campagnes WhatsApp et votre équipe. Vous
          pourrez inviter vos collègues juste après.
        </Trans>
      </p>
      <div className="mt-6 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-6">
        <CreateOrganizationForm userId={user.id} />
      </div>
      <p className="mt-6 text-sm text-slate-600">
        {hasOrganizations ? (
          <Link to={paths.home} className="font-semibold text-brand-700 underline">
            <Trans>Retour au tableau de bord</Trans>
          </Link>
        ) : (
          <Trans>
            Un collègue vous a envoyé un lien d’invitation ? Ouvrez-le pour rejoindre son
            organisation.
          </Trans>
        )}
      </p>
    </div>
  );
}
