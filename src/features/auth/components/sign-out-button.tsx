import { Button } from '../../../components/ui/button';
import { useSignOut } from '../hooks/use-sign-out';

// On success the session provider sees SIGNED_OUT and the route guard sends the user to sign-in.
export function SignOutButton() {
  const signOut = useSignOut();

  return (
    <div className="flex flex-col items-end">
      <Button
        variant="secondary"
        loading={signOut.isPending}
        loadingText="Déconnexion…"
        onClick={() => signOut.mutate()}
      >
        Se déconnecter
      </Button>
      <div role="alert">
        {signOut.isError && (
          <p className="mt-1 text-right text-xs text-red-700">
            Déconnexion impossible pour le moment. Réessayez.
          </p>
        )}
      </div>
    </div>
  );
}
