import { Link } from 'react-router';
import { Card } from '../../../components/ui/card';
import { PageHeader } from '../../../components/ui/page-header';
import { roleLabel } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { canConnectWhatsApp, canEditTeam } from '../../../domain/organizations/roles';
import { useWorkspace } from '../../../lib/workspace';

const linkClasses = 'text-sm font-semibold text-brand-700 underline';

export function HomePage() {
  const { organization, role } = useWorkspace();

  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6">
      <PageHeader
        title="Tableau de bord"
        description={`${organization.name} · vous êtes ${roleLabel(role)}`}
      />
      {organization.mode === 'sandbox' && (
        <section
          aria-labelledby="sandbox-title"
          className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-4 sm:px-6"
        >
          <h2 id="sandbox-title" className="font-semibold text-amber-950">
            Mode bac à sable
          </h2>
          <p className="mt-1 text-sm text-amber-950">
            Les envois sont simulés : aucun message WhatsApp réel ne part tant que l’organisation
            n’est pas reliée à son compte WhatsApp Business.
          </p>
          {canConnectWhatsApp(role) && (
            <Link
              to={paths.watiIntegration}
              className="mt-2 inline-block text-sm font-semibold text-amber-950 underline"
            >
              Relier le compte Wati de l’organisation
            </Link>
          )}
        </section>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Bienvenue sur WCAP">
          <p className="text-sm text-slate-600">
            Vos modèles WhatsApp sont déjà là ; les modules contacts, campagnes et messagerie
            arrivent bientôt dans cet espace.
          </p>
        </Card>
        <Card title="Premiers pas">
          <ul className="flex flex-col gap-2">
            {canEditTeam(role) && (
              <li>
                <Link to={paths.team} className={linkClasses}>
                  Inviter votre équipe
                </Link>
              </li>
            )}
            <li>
              <Link to={paths.templates} className={linkClasses}>
                Consulter les modèles WhatsApp
              </Link>
            </li>
            <li>
              <Link to={paths.subscription} className={linkClasses}>
                Voir l’offre et la consommation
              </Link>
            </li>
            <li>
              <Link to={paths.profile} className={linkClasses}>
                Compléter votre profil
              </Link>
            </li>
          </ul>
        </Card>
      </div>
    </div>
  );
}
