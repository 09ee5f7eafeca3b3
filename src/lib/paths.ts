// Route paths live in lib so that features can link to each other's pages without importing them.
export const paths = {
  home: '/',
  signIn: '/connexion',
  signUp: '/inscription',
  forgotPassword: '/mot-de-passe-oublie',
  resetPassword: '/nouveau-mot-de-passe',
  onboarding: '/bienvenue',
  invitationPattern: '/invitation/:token',
  contacts: '/contacts',
  contactImport: '/contacts/import',
  contactPattern: '/contacts/fiche/:contactId',
  segments: '/segments',
  newSegment: '/segments/nouveau',
  segmentPattern: '/segments/:segmentId',
  campaigns: '/campagnes',
  newCampaign: '/campagnes/nouvelle',
  campaignPattern: '/campagnes/:campaignId',
  campaignEditPattern: '/campagnes/:campaignId/modifier',
  templates: '/modeles',
  templatePattern: '/modeles/:templateId',
  inbox: '/boite-de-reception',
  chatbot: '/chatbot',
  chatbotFlows: '/chatbot/parcours',
  chatbotFlowPattern: '/chatbot/parcours/:flowId',
  chatbotFaq: '/chatbot/faq',
  chatbotUnmatched: '/chatbot/non-compris',
  chatbotWati: '/chatbot/chatbots-wati',
  chatbotSettings: '/chatbot/reglages',
  analytics: '/analytique',
  settings: '/parametres',
  organizationSettings: '/parametres/organisation',
  team: '/parametres/equipe',
  subscription: '/parametres/abonnement',
  watiIntegration: '/parametres/integration-wati',
  inboxSettings: '/parametres/boite-de-reception',
  inboxTeams: '/parametres/equipes',
  cannedResponses: '/parametres/reponses-rapides',
  credits: '/parametres/credits',
  profile: '/profil',
} as const;

export function invitationPath(token: string): string {
  return `/invitation/${encodeURIComponent(token)}`;
}

export function templatePath(templateId: string): string {
  return `/modeles/${encodeURIComponent(templateId)}`;
}

export function contactPath(contactId: string): string {
  return `/contacts/fiche/${encodeURIComponent(contactId)}`;
}

export function segmentPath(segmentId: string): string {
  return `/segments/${encodeURIComponent(segmentId)}`;
}

export function campaignPath(campaignId: string): string {
  return `/campagnes/${encodeURIComponent(campaignId)}`;
}

export function campaignEditPath(campaignId: string): string {
  return `/campagnes/${encodeURIComponent(campaignId)}/modifier`;
}

/** A chatbot flow's editor: /chatbot/parcours/<id>. */
export function chatbotFlowPath(flowId: string): string {
  return `/chatbot/parcours/${encodeURIComponent(flowId)}`;
}

/** A conversation of the inbox: /boite-de-reception/<id>. */
export function conversationPath(conversationId: string): string {
  return `/boite-de-reception/${encodeURIComponent(conversationId)}`;
}
