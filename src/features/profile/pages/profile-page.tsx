import { Trans, useLingui } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { InlineError } from '../../../components/ui/inline-error';
import { PageHeader } from '../../../components/ui/page-header';
import { SkeletonList } from '../../../components/ui/skeleton';
import { defaultCountryCode } from '../../../domain/geography/countries';
import { toUserMessage } from '../../../lib/errors';
import { useWorkspace } from '../../../lib/workspace';
import { ProfileForm } from '../components/profile-form';
import { WhatsAppSection } from '../components/whatsapp-section';
import { useMyProfile } from '../hooks/use-my-profile';

/** `passwordSection` comes from the auth feature, composed by the router. */
export function ProfilePage({ passwordSection }: { passwordSection: ReactNode }) {
  const { t } = useLingui();
  const { userId, email, organization } = useWorkspace();
  const profile = useMyProfile(userId);

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <PageHeader
        title={t`Mon profil`}
        description={t`Vos informations personnelles et vos moyens de connexion.`}
      />
      <Card title={t`Informations personnelles`}>
        {profile.isPending ? (
          <SkeletonList rows={3} label={t`Chargement du profil…`} />
        ) : profile.isError || !profile.data ? (
          <div className="flex flex-col items-start gap-3">
            <InlineError
              message={toUserMessage(profile.error, t`Le profil n’a pas pu être chargé.`)}
            />
            <Button variant="secondary" onClick={() => void profile.refetch()}>
              <Trans>Réessayer</Trans>
            </Button>
          </div>
        ) : (
          <ProfileForm
            key={profile.data.updated_at}
            profile={profile.data}
            email={email}
            phoneCountry={organization.default_phone_country || defaultCountryCode}
          />
        )}
      </Card>
      <Card title={t`WhatsApp`} description={t`Connectez-vous avec un code reçu sur WhatsApp.`}>
        <WhatsAppSection
          userId={userId}
          defaultCountry={organization.default_phone_country || defaultCountryCode}
          timeZone={organization.time_zone}
        />
      </Card>
      <Card
        title={t`Mot de passe`}
        description={t`Choisissez un mot de passe que vous n’utilisez nulle part ailleurs.`}
      >
        {passwordSection}
      </Card>
    </div>
  );
}
