import { plural, t } from '@lingui/core/macro';
import {
  canConnectWhatsApp,
  canEditTeam,
  hasRoleAtLeast,
  type MemberRole,
} from '../../domain/organizations/roles';
import { paths } from '../../lib/paths';
import type { HomeSummary } from './api';

export type SetupStep = {
  id: 'whatsapp' | 'templates' | 'contacts' | 'campaign' | 'team';
  title: string;
  /** What is true now, in the organisation's words. */
  state: string;
  done: boolean;
  /** Where to do it, when the person's role allows it. */
  action?: { to: string; label: string };
};

/**
 * The first steps, each checked against the organisation's real state (never a promise the pages
 * contradict): a step is done when the data says so, and links only to what the role may do.
 * Read at render time, in the active language.
 */
export function setupSteps(summary: HomeSummary, role: MemberRole): SetupStep[] {
  const isAdmin = hasRoleAtLeast(role, 'admin');
  // Named, so the catalogue's plurals read {templates}, {launched}… rather than {0}.
  const { templates, members, pendingInvitations } = summary;
  const { launched } = summary.campaigns;
  const contacts = summary.contacts.subscribed + summary.contacts.unsubscribed;
  const live = summary.mode === 'live';
  return [
    {
      id: 'whatsapp',
      title: t`Relier WhatsApp (Wati), ou essayer en bac à sable`,
      state: live
        ? t`Relié : les messages partent vraiment.`
        : t`Bac à sable : les envois sont simulés, aucun message réel ne part.`,
      done: live,
      action:
        !live && canConnectWhatsApp(role)
          ? { to: paths.watiIntegration, label: t`Relier le compte Wati` }
          : undefined,
    },
    {
      id: 'templates',
      title: t`Synchroniser les modèles WhatsApp`,
      state:
        templates > 0
          ? plural(templates, {
              one: '# modèle disponible.',
              other: '# modèles disponibles.',
            })
          : t`Aucun modèle pour l’instant.`,
      done: templates > 0,
      action: { to: paths.templates, label: t`Voir les modèles` },
    },
    {
      id: 'contacts',
      title: t`Importer vos contacts`,
      state:
        contacts > 0
          ? plural(contacts, {
              one: '# contact dans l’organisation.',
              other: '# contacts dans l’organisation.',
            })
          : t`Aucun contact pour l’instant.`,
      done: contacts > 0,
      action: isAdmin
        ? { to: paths.contactImport, label: t`Importer des contacts` }
        : { to: paths.contacts, label: t`Voir les contacts` },
    },
    {
      id: 'campaign',
      title: t`Envoyer une première campagne`,
      state:
        launched > 0
          ? plural(launched, {
              one: '# campagne lancée.',
              other: '# campagnes lancées.',
            })
          : t`Aucune campagne lancée pour l’instant.`,
      done: launched > 0,
      action: isAdmin
        ? { to: paths.newCampaign, label: t`Créer une campagne` }
        : { to: paths.campaigns, label: t`Voir les campagnes` },
    },
    {
      id: 'team',
      title: t`Inviter votre équipe`,
      state:
        members > 1 || pendingInvitations > 0
          ? t`${plural(members, { one: '# membre', other: '# membres' })}, ${plural(
              pendingInvitations,
              {
                0: 'aucune invitation en attente.',
                one: '# invitation en attente.',
                other: '# invitations en attente.',
              },
            )}`
          : t`Vous êtes seul dans l’organisation.`,
      done: members > 1 || pendingInvitations > 0,
      action: canEditTeam(role) ? { to: paths.team, label: t`Inviter l’équipe` } : undefined,
    },
  ];
}
