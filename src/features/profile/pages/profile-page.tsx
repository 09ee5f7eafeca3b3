import type { ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { InlineError } from '../../../components/ui/inline-error';
import { PageHeader } from '../../../components/ui/page-header';
import { SkeletonList } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { useWorkspace } from '../../../lib/workspace';
import { ProfileForm } from '../components/profile-form';
import { useMyProfile } from '../hooks/use-my-profile';

/** `passwordSection` comes from the auth feature, composed by the router. */
export function ProfilePage({ passwordSection }: { passwordSection: ReactNode }) {
  const { userId, email } = useWorkspace();
  const profile = useMyProfile(userId);

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <PageHeader
        title="Mon profil"
        description="Vos informations personnelles et votre mot de passe."
      />
      <Card title="Informations personnelles">
        {profile.isPending ? (
          <SkeletonList rows={3} label="Chargement du profil…" />
        ) : profile.isError || !profile.data ? (
          <div className="flex flex-col items-start gap-3">
            <InlineError
              message={toUserMessage(profile.error, 'Le profil n’a pas pu être chargé.')}
            />
            <Button variant="secondary" onClick={() => void profile.refetch()}>
              Réessayer
            </Button>
          </div>
        ) : (
          <ProfileForm key={profile.data.updated_at} profile={profile.data} email={email} />
        )}
      </Card>
      <Card
        title="Mot de passe"
        description="Choisissez un mot de passe que vous n’utilisez nulle part ailleurs."
      >
        {passwordSection}
      </Card>
    </div>
  );
}
