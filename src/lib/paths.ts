// Route paths live in lib so that features can link to each other's pages without importing them.
export const paths = {
  home: '/',
  signIn: '/connexion',
  signUp: '/inscription',
  onboarding: '/bienvenue',
  invitationPattern: '/invitation/:token',
  contacts: '/contacts',
  campaigns: '/campagnes',
  templates: '/modeles',
  inbox: '/boite-de-reception',
  chatbot: '/chatbot',
  analytics: '/analytique',
  settings: '/parametres',
  organizationSettings: '/parametres/organisation',
  team: '/parametres/equipe',
  subscription: '/parametres/abonnement',
  profile: '/profil',
} as const;

export function invitationPath(token: string): string {
  return `/invitation/${encodeURIComponent(token)}`;
}
