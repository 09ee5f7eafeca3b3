import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '../../../components/ui/button';
import { useSignOut } from '../hooks/use-sign-out';

// On success the session provider sees SIGNED_OUT and the route guard sends the user to sign-in.
export function SignOutButton() {
  const { t } = useLingui();
  const signOut = useSignOut();

  return (
    <div className="flex flex-col items-end">
      <Button
        variant="secondary"
        loading={signOut.isPending}
        loadingText={t`Déconnexion…`}
        onClick={() => signOut.mutate()}
      >
        <Trans>Se déconnecter</Trans>
      </Button>
      <div role="alert">
        {signOut.isError && (
          <p className="mt-1 text-right text-xs text-red-700">
            <Trans>Déconnexion impossible pour le moment. Réessayez.</Trans>
          </p>
        )}
      </div>
    </div>
  );
}
