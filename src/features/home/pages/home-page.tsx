export function HomePage() {
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-8">
      <title>Tableau de bord · WCAP</title>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Tableau de bord</h1>
      <section
        aria-labelledby="welcome-title"
        className="mt-6 rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center"
      >
        <h2 id="welcome-title" className="text-lg font-semibold text-slate-900">
          Bienvenue sur WCAP
        </h2>
        <p className="mt-2 text-sm text-slate-600">
          Les modules contacts, campagnes et messagerie arrivent bientôt dans cet espace.
        </p>
      </section>
    </div>
  );
}
