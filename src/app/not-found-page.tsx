import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { paths } from '../lib/paths';

export function NotFoundPage() {
  const { t } = useLingui();
  return (
    <main className="flex flex-1 flex-col items-center justify-center gap-3 px-4 py-10 text-center">
      <title>{t`Page introuvable · WCAP`}</title>
      <h1 className="text-2xl font-semibold text-slate-900">
        <Trans>Page introuvable</Trans>
      </h1>
      <p className="text-sm text-slate-600">
        <Trans>Cette adresse ne correspond à aucune page de WCAP.</Trans>
      </p>
      <Link to={paths.home} className="text-sm font-semibold text-brand-700 underline">
        <Trans>Retour à l’accueil</Trans>
      </Link>
    </main>
  );
}
