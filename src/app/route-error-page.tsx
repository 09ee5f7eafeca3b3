import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { paths } from '../lib/paths';

// Replaces React Router's default error screen, which is in English only and meant for developers.
export function RouteErrorPage() {
  const { t } = useLingui();
  return (
    <main className="flex flex-1 flex-col items-center justify-center gap-3 px-4 py-10 text-center">
      <title>{t`Erreur · WCAP`}</title>
      <h1 className="text-2xl font-semibold text-slate-900">
        <Trans>Une erreur est survenue</Trans>
      </h1>
      <p className="text-sm text-slate-600">
        <Trans>
          Rechargez la page. Si le problème persiste, contactez l’administrateur de votre
          organisation.
        </Trans>
      </p>
      <Link to={paths.home} className="text-sm font-semibold text-brand-700 underline">
        <Trans>Retour à l’accueil</Trans>
      </Link>
    </main>
  );
}
