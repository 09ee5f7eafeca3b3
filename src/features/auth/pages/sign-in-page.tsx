import { SignInForm } from '../components/sign-in-form';

export function SignInPage() {
  return (
    <main className="flex flex-1 items-center justify-center px-4 py-10">
      <title>Connexion · WCAP</title>
      <div className="w-full max-w-sm">
        <p className="mb-6 text-center text-2xl font-bold tracking-tight text-brand-700">WCAP</p>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold text-slate-900">Connexion</h1>
          <p className="mt-1 mb-6 text-sm text-slate-600">
            Accédez à l’espace de votre organisation.
          </p>
          <SignInForm />
        </div>
      </div>
    </main>
  );
}
