import { Link } from 'react-router';
import { paths } from '../lib/paths';

// Replaces React Router's default error screen, which is in English and meant for developers.
export function RouteErrorPage() {
  return (
    <main className="flex flex-1 flex-col items-center justify-center gap-3 px-4 py-10 text-center">
      <title>Erreur · WCAP</title>
      <h1 className="text-2xl font-semibold text-slate-900">Une erreur est survenue</h1>
      <p className="text-sm text-slate-600">
        Rechargez la page. Si le problème persiste, contactez l’administrateur de votre
        organisation.
      </p>
      <Link to={paths.home} className="text-sm font-semibold text-brand-700 underline">
        Retour à l’accueil
      </Link>
    </main>
  );
}
