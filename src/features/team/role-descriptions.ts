import { i18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { MemberRole } from '../../domain/organizations/roles';

const roleDescriptions = {
  owner: msg`Tous les droits, y compris l’abonnement et la gestion des propriétaires.`,
  admin: msg`Gère l’équipe, les paramètres, les contacts et les campagnes.`,
  agent: msg`Répond aux conversations de la boîte de réception.`,
  viewer: msg`Consulte sans rien modifier. Ne compte pas comme siège.`,
};

/** What a role lets a member do, shown where roles are chosen. */
export function roleDescription(role: MemberRole): string {
  return i18n._(roleDescriptions[role]);
}
