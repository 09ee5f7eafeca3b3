import type { MemberRole } from '../../domain/organizations/roles';

/** What each role lets a member do, shown where roles are chosen. */
export const roleDescriptions: Record<MemberRole, string> = {
  owner: 'Tous les droits, y compris l’abonnement et la gestion des propriétaires.',
  admin: 'Gère l’équipe, les paramètres, les contacts et les campagnes.',
  agent: 'Répond aux conversations de la boîte de réception.',
  viewer: 'Consulte sans rien modifier. Ne compte pas comme siège.',
};
