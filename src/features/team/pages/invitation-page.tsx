import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { PageLoader } from '../../../components/ui/page-loader';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import {
  forgetPendingInvitation,
  rememberPendingInvitation,
} from '../../../lib/pending-invitation';
import { useSession } from '../../../lib/session';
import type { InvitationPreview } from '../api';
import { useAcceptInvitation, useInvitationPreview } from '../hooks/use-invitation-acceptance';
import { asRole } from '../invitation-link';

const linkButtonClasses =
  'inline-flex min-h-10 items-center justify-center rounded-md px-4 py-2 text-sm font-semibold whitespace-nowrap';

// Dates on this page are read by someone who may not belong to the organisation yet: their own
// browser's time zone is the sensible one.
const viewerTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

function Frame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useLingui();
  return (
    <div className="mx-auto w-full max-w-lg px-4 py-8 sm:py-12">
      <title>{t`${title} · WCAP`}</title>
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
        {children}
      </div>
    </div>
  );
}

export function InvitationPage() {
  const { t } = useLingui();
  const { token = '' } = useParams();
  const session = useSession();
  const preview = useInvitationPreview(token);
  const signedIn = session.status === 'signed-in';

  // Once signed in, the link is in the address bar: nothing to bring the user back to any more,
  // whatever became of the invitation.
  useEffect(() => {
    if (signedIn) forgetPendingInvitation();
  }, [signedIn]);

  if (session.status === 'loading' || preview.isPending) return <PageLoader />;

  if (preview.isError) {
    return (
      <Frame title={t`Invitation`}>
        <InlineError
          className="mt-4"
          message={toUserMessage(preview.error, t`L’invitation n’a pas pu être lue. Réessayez.`)}
        />
        <Button variant="secondary" className="mt-4" onClick={() => void preview.refetch()}>
          <Trans>Réessayer</Trans>
        </Button>
      </Frame>
    );
  }

  const invitation = preview.data;
  if (!invitation) {
    return (
      <Frame title={t`Lien d’invitation inconnu`}>
        <p className="mt-2 text-sm text-slate-600">
          <Trans>
            Ce lien ne correspond à aucune invitation : il a pu être révoqué ou mal copié. Demandez
            un nouveau lien à la personne qui vous a invité.
          </Trans>
        </p>
        <HomeLink />
      </Frame>
    );
  }

  const organizationName = invitation.organizationName;
  const inviter = invitation.invitedByName;

  if (invitation.status === 'expired') {
    const expiredOn = formatDate(invitation.expiresAt, viewerTimeZone);
    return (
      <Frame title={t`Invitation expirée`}>
        <p className="mt-2 text-sm text-slate-600">
          {inviter ? (
            <Trans>
              L’invitation à rejoindre « {organizationName} » a expiré le {expiredOn}. Demandez un
              nouveau lien à {inviter}.
            </Trans>
          ) : (
            <Trans>
              L’invitation à rejoindre « {organizationName} » a expiré le {expiredOn}. Demandez un
              nouveau lien.
            </Trans>
          )}
        </p>
        <HomeLink />
      </Frame>
    );
  }

  if (invitation.status === 'accepted') {
    return (
      <Frame title={t`Invitation déjà utilisée`}>
        <p className="mt-2 text-sm text-slate-600">
          <Trans>
            Ce lien a déjà servi à rejoindre « {organizationName} ». Chaque lien ne sert qu’une fois
            : demandez-en un nouveau si besoin.
          </Trans>
        </p>
        <HomeLink />
      </Frame>
    );
  }

  return session.status === 'signed-in' ? (
    <AcceptInvitation token={token} invitation={invitation} userId={session.session.user.id} />
  ) : (
    <SignedOutInvitation token={token} invitation={invitation} />
  );
}

function InvitationSummary({ invitation }: { invitation: InvitationPreview }) {
  const inviter = invitation.invitedByName;
  const organizationName = invitation.organizationName;
  const asRoleText = asRole(invitation.role);
  const validUntil = formatDate(invitation.expiresAt, viewerTimeZone);
  return (
    <p className="mt-2 text-sm text-slate-700">
      {inviter ? (
        <Trans>
          <strong className="font-semibold">{inviter}</strong> vous invite à rejoindre{' '}
          <strong className="font-semibold">« {organizationName} »</strong> sur WCAP {asRoleText}.
          Invitation valable jusqu’au {validUntil}.
        </Trans>
      ) : (
        <Trans>
          Un administrateur vous invite à rejoindre{' '}
          <strong className="font-semibold">« {organizationName} »</strong> sur WCAP {asRoleText}.
          Invitation valable jusqu’au {validUntil}.
        </Trans>
      )}
    </p>
  );
}

function SignedOutInvitation({
  token,
  invitation,
}: {
  token: string;
  invitation: InvitationPreview;
}) {
  const { t } = useLingui();
  const organizationName = invitation.organizationName;
  // Kept for this tab: once signed in or up, the visitor is brought back here.
  useEffect(() => rememberPendingInvitation(token), [token]);

  return (
    <Frame title={t`Rejoindre « ${organizationName} »`}>
      <InvitationSummary invitation={invitation} />
      <p className="mt-4 text-sm text-slate-600">
        <Trans>
          Créez votre compte ou connectez-vous : vous reviendrez ici pour accepter l’invitation.
        </Trans>
      </p>
      <div className="mt-6 flex flex-col gap-2 sm:flex-row">
        <Link
          to={paths.signUp}
          className={`${linkButtonClasses} bg-brand-700 text-white hover:bg-brand-800`}
        >
          <Trans>Créer un compte</Trans>
        </Link>
        <Link
          to={paths.signIn}
          className={`${linkButtonClasses} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
        >
          <Trans>Se connecter</Trans>
        </Link>
      </div>
    </Frame>
  );
}

function AcceptInvitation({
  token,
  invitation,
  userId,
}: {
  token: string;
  invitation: InvitationPreview;
  userId: string;
}) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const accept = useAcceptInvitation(token, userId);
  const organizationName = invitation.organizationName;

  return (
    <Frame title={t`Rejoindre « ${organizationName} »`}>
      <InvitationSummary invitation={invitation} />
      <InlineError
        className="mt-4"
        message={
          accept.isError
            ? toUserMessage(accept.error, t`L’invitation n’a pas pu être acceptée.`)
            : null
        }
      />
      <div className="mt-6 flex flex-col gap-2 sm:flex-row">
        <Button
          loading={accept.isPending}
          loadingText={t`Connexion à l’organisation…`}
          onClick={() =>
            accept.mutate(undefined, {
              onSuccess: (organization) => {
                const joined = organization.name;
                toast.success(t`Bienvenue dans « ${joined} » !`);
                void navigate(paths.home, { replace: true });
              },
            })
          }
        >
          <Trans>Rejoindre {organizationName}</Trans>
        </Button>
        <Link
          to={paths.home}
          className={`${linkButtonClasses} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
        >
          <Trans>Plus tard</Trans>
        </Link>
      </div>
    </Frame>
  );
}

function HomeLink() {
  return (
    <Link
      to={paths.home}
      className="mt-4 inline-block text-sm font-semibold text-brand-700 underline"
    >
      <Trans>Aller à l’accueil</Trans>
    </Link>
  );
}
