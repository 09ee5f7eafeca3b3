import { Link } from 'react-router';
import { paths } from '../lib/paths';

export function NotFoundPage() {
  return (
    <main className="flex flex-1 flex-col items-center justify-center gap-3 px-4 py-10 text-center">
      <title>Page introuvable · WCAP</title>
      <h1 className="text-2xl font-semibold text-slate-900">Page introuvable</h1>
      <p className="text-sm text-slate-600">Cette adresse ne correspond à aucune page de WCAP.</p>
      <Link to={paths.home} className="text-sm font-semibold text-brand-700 underline">
        Retour à l’accueil
      </Link>
    </main>
  );
}
