// The templates and chatbots every sandbox tenant starts with: a French health agency (CNSA) as
// WCAP's first customer would have them in Wati. Ids are fixed so that template ids synced into
// WCAP stay valid after the sandbox restarts.

export interface SandboxTemplateButton {
  type: 'quick_reply' | 'url' | 'call';
  parameter: { text: string; url?: string; phoneNumber?: string };
}

/** A template as Wati V3 serves it (`MessageTemplateDto`). */
export interface SandboxTemplate {
  id: string;
  name: string;
  category: 'MARKETING' | 'UTILITY' | 'AUTHENTICATION';
  sub_category: 'STANDARD';
  status: 'APPROVED' | 'PENDING' | 'REJECTED' | 'DRAFT' | 'DELETED' | 'DISABLED' | 'PAUSED';
  language_option: { key: string; value: string; text: string };
  hsm: string;
  hsm_original: string;
  body: string;
  body_original: string;
  header: {
    type: 'TEXT' | 'IMAGE';
    text: string | null;
    link: string | null;
    media_header_id: string | null;
    media_from_pc: boolean;
    header_original: string | null;
    header_param_mapping: { index: number; param_name: string } | null;
  } | null;
  footer: string | null;
  buttons: SandboxTemplateButton[];
  buttons_type: 'none' | 'quick_reply' | 'call_to_action';
  carousel_cards: unknown[];
  /** The parameter names a send must fill, with sample values. */
  custom_params: Array<{ name: string; value: string }>;
  /** Authentication templates only. */
  expires_in: number | null;
  include_expiry_time: boolean;
  add_security_recommendation: boolean;
  is_url_btn_click_tracking_enabled: boolean;
  limited_time_offer: null;
  catalog_info: null;
  quality: 'GREEN' | 'YELLOW' | 'RED' | 'UNKNOWN';
  creation_method: 'HUMAN';
  last_modified: string;
  type: 'TEXT' | 'IMAGE';
}

export interface SandboxChatbot {
  id: string;
  name: string;
  created: string;
}

const FRENCH = { key: 'French', value: 'fr', text: 'French' };

function template(
  fields: Pick<SandboxTemplate, 'id' | 'name' | 'category' | 'status' | 'body' | 'custom_params'> &
    Partial<Pick<SandboxTemplate, 'footer' | 'buttons' | 'quality' | 'last_modified'>> & {
      headerText?: string;
      headerImage?: string;
    },
): SandboxTemplate {
  const { headerText, headerImage, buttons = [] } = fields;
  const header =
    headerText === undefined && headerImage === undefined
      ? null
      : {
          type: headerImage === undefined ? ('TEXT' as const) : ('IMAGE' as const),
          text: headerText ?? null,
          link: headerImage ?? null,
          media_header_id: null,
          media_from_pc: false,
          header_original: headerText ?? null,
          header_param_mapping: null,
        };
  return {
    id: fields.id,
    name: fields.name,
    category: fields.category,
    sub_category: 'STANDARD',
    status: fields.status,
    language_option: FRENCH,
    hsm: fields.body,
    hsm_original: fields.body,
    body: fields.body,
    body_original: fields.body,
    header,
    footer: fields.footer ?? null,
    buttons,
    buttons_type:
      buttons.length === 0
        ? 'none'
        : buttons.every((button) => button.type === 'quick_reply')
          ? 'quick_reply'
          : 'call_to_action',
    carousel_cards: [],
    custom_params: fields.custom_params,
    expires_in: null,
    include_expiry_time: false,
    add_security_recommendation: false,
    is_url_btn_click_tracking_enabled: false,
    limited_time_offer: null,
    catalog_info: null,
    quality: fields.quality ?? 'GREEN',
    creation_method: 'HUMAN',
    last_modified: fields.last_modified ?? '2026-01-15T10:30:00Z',
    type: headerImage === undefined ? 'TEXT' : 'IMAGE',
  };
}

export const sandboxTemplates: readonly SandboxTemplate[] = [
  template({
    id: '66c5a0e1f1b2c3d4e5f60001',
    name: 'bienvenue',
    category: 'MARKETING',
    status: 'APPROVED',
    headerText: 'Bienvenue à la CNSA',
    body: 'Bonjour {{name}}, bienvenue sur le canal WhatsApp officiel de la CNSA. Vous y recevrez des informations de santé utiles et les rappels de vos rendez-vous. Répondez STOP à tout moment pour ne plus recevoir nos messages.',
    footer: 'CNSA — Votre santé, notre priorité',
    buttons: [
      { type: 'quick_reply', parameter: { text: 'Nos services' } },
      { type: 'quick_reply', parameter: { text: 'STOP' } },
    ],
    custom_params: [{ name: 'name', value: 'Awa' }],
  }),
  template({
    id: '66c5a0e1f1b2c3d4e5f60002',
    name: 'rappel_rendez_vous',
    category: 'UTILITY',
    status: 'APPROVED',
    body: "Bonjour {{name}}, nous vous rappelons votre rendez-vous le {{date}} à {{heure}} au {{centre}}. Merci de vous présenter 15 minutes à l'avance avec votre carnet de santé.",
    footer: 'Répondez pour confirmer ou reporter',
    buttons: [
      { type: 'quick_reply', parameter: { text: 'Je confirme' } },
      { type: 'quick_reply', parameter: { text: 'Reporter' } },
    ],
    custom_params: [
      { name: 'name', value: 'Jean' },
      { name: 'date', value: '12/03/2026' },
      { name: 'heure', value: '09h30' },
      { name: 'centre', value: 'centre de santé de Bastos' },
    ],
  }),
  template({
    id: '66c5a0e1f1b2c3d4e5f60003',
    name: 'campagne_sensibilisation',
    category: 'MARKETING',
    status: 'APPROVED',
    headerImage: 'https://cdn.cnsa.example/campagnes/vaccination.jpg',
    body: 'Bonjour {{name}}, la campagne {{campagne}} se déroule du {{date_debut}} au {{date_fin}} dans les centres de santé de {{ville}}. La prise en charge est gratuite : parlez-en autour de vous !',
    footer: 'CNSA — Prévention',
    buttons: [
      {
        type: 'url',
        parameter: { text: 'En savoir plus', url: 'https://www.cnsa.example/campagnes' },
      },
    ],
    custom_params: [
      { name: 'name', value: 'Marie' },
      { name: 'campagne', value: 'de vaccination contre la rougeole' },
      { name: 'date_debut', value: '02/03/2026' },
      { name: 'date_fin', value: '15/03/2026' },
      { name: 'ville', value: 'Yaoundé' },
    ],
  }),
  template({
    id: '66c5a0e1f1b2c3d4e5f60004',
    name: 'confirmation_inscription',
    category: 'UTILITY',
    status: 'APPROVED',
    body: 'Bonjour {{name}}, votre inscription au programme {{programme}} est confirmée. Votre numéro de dossier : {{numero_dossier}}. Conservez-le pour vos prochains échanges avec la CNSA.',
    footer: 'Message automatique de la CNSA',
    custom_params: [
      { name: 'name', value: 'Paul' },
      { name: 'programme', value: 'de suivi prénatal' },
      { name: 'numero_dossier', value: 'CNSA-2026-00421' },
    ],
  }),
  template({
    id: '66c5a0e1f1b2c3d4e5f60005',
    name: 'alerte_sante',
    category: 'UTILITY',
    status: 'APPROVED',
    headerText: 'Alerte santé',
    body: '{{region}} : {{alerte}}. Mesures recommandées : {{consignes}}. Pour toute question, appelez gratuitement le {{numero_vert}}.',
    footer: 'CNSA — Veille sanitaire',
    buttons: [
      {
        type: 'call',
        parameter: { text: 'Appeler la CNSA', phoneNumber: '237222000000' },
      },
    ],
    custom_params: [
      { name: 'region', value: 'Littoral' },
      { name: 'alerte', value: 'des cas de choléra sont signalés à Douala' },
      { name: 'consignes', value: "lavez-vous les mains au savon et buvez de l'eau traitée" },
      { name: 'numero_vert', value: '1510' },
    ],
  }),
  template({
    id: '66c5a0e1f1b2c3d4e5f60006',
    name: 'enquete_satisfaction',
    category: 'MARKETING',
    status: 'PENDING',
    quality: 'UNKNOWN',
    body: 'Bonjour {{name}}, votre avis compte ! Comment évaluez-vous votre dernière visite au {{centre}} ? Répondez par un chiffre de 1 (mauvais) à 5 (excellent).',
    custom_params: [
      { name: 'name', value: 'Fatou' },
      { name: 'centre', value: 'centre de santé de Mvog-Ada' },
    ],
    last_modified: '2026-02-20T08:00:00Z',
  }),
  template({
    id: '66c5a0e1f1b2c3d4e5f60007',
    name: 'offre_partenaire',
    category: 'MARKETING',
    status: 'REJECTED',
    quality: 'UNKNOWN',
    body: 'Profitez de -50 % sur les produits de notre partenaire avec le code {{code_promo}} !',
    custom_params: [{ name: 'code_promo', value: 'SANTE50' }],
    last_modified: '2026-02-18T14:45:00Z',
  }),
];

export const sandboxChatbots: readonly SandboxChatbot[] = [
  {
    id: '66c5a0e1f1b2c3d4e5f61001',
    name: 'Accueil et orientation',
    created: '2026-01-10T09:00:00Z',
  },
  { id: '66c5a0e1f1b2c3d4e5f61002', name: 'Prise de rendez-vous', created: '2026-01-12T09:00:00Z' },
  { id: '66c5a0e1f1b2c3d4e5f61003', name: 'Questions fréquentes', created: '2026-01-14T09:00:00Z' },
];
