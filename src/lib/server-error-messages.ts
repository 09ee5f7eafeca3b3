import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import {
  CONTACT_REFUSAL_REASONS,
  type ContactRefusalReason,
  type ServerErrorCode,
} from '@shared/server-error-codes.ts';
import type { Locale } from '../i18n/locales';
import { formatNumber } from './format';

// What each server error code says to people (design §8: server errors carry a code the UI
// translates). The codes are listed in supabase/functions/_shared/server-error-codes.ts: SQL
// errors carry theirs as `hint`, with the sentence's varying parts as a JSON `detail`; Edge
// Functions answer `{ error: { code, message } }`. The French of each message is the server's own
// sentence, word for word, so that French reads the same whether the SPA knows the code or not;
// but figures are written the interface's way, « 25 000 » with a narrow no-break space (the
// database's to_char(…, 'FM999G999G999') writes « 25,000 » in its C.UTF-8 locale, and the fixed
// « 10 000 » of import_too_many_rows has a plain space), and a count of things is a real plural
// where the server writes « 1 contacts ».

/** How a value of the error's detail enters the sentence. */
type ValueKind =
  /** A number for an ICU plural: the catalogue writes `#` in the reader's language. */
  | 'count'
  /** A number, written with formatNumber. */
  | 'number'
  /** A name or a code, as the server stored it. */
  | 'text';

export interface ServerMessage {
  message: MessageDescriptor;
  /** The detail's values the sentence quotes, by their key, and how each is written. */
  values?: Readonly<Record<string, ValueKind>>;
  /**
   * The server's French sentence says more than this one (it varies with the call, or quotes a
   * value the answer does not carry apart): it is kept when the interface is in French, the
   * server's language; other languages read this one.
   */
  serverFrenchIsPrecise?: true;
}

/** contact_refused: the sentence of the detail's `reason`, with that reason's values. */
export interface ByReason {
  reasons: Readonly<Record<ContactRefusalReason, ServerMessage>>;
}

/** The language the server writes its messages in. */
const serverLocale: Locale = 'fr';

const condition = { condition: 'number' } as const;

/** Why a contact row is refused (contact_refused's `detail.reason`), as the database says it. */
export const CONTACT_REFUSAL_MESSAGES: Readonly<Record<ContactRefusalReason, ServerMessage>> = {
  phone_missing: { message: msg({ message: 'Numéro manquant' }) },
  country_unknown: {
    message: msg({ message: 'Pays inconnu : « {country} »' }),
    values: { country: 'text' },
  },
  calling_code_unknown: { message: msg({ message: 'Indicatif international inconnu' }) },
  country_mismatch: {
    message: msg({
      message: 'Le pays indiqué ({country}) ne correspond pas au numéro ({region})',
      comment: 'country and region are country codes (CM, GA) or a calling code (+882)',
    }),
    values: { country: 'text', region: 'text' },
  },
  landline: { message: msg({ message: 'Numéro fixe : pas de WhatsApp' }) },
  special_number: {
    message: msg({ message: 'Numéro spécial (vert, surtaxé…) : pas de WhatsApp' }),
  },
  invalid_number: {
    message: msg({
      message: 'Numéro invalide ({region})',
      comment: 'region is the number’s country code (GA) or its calling code (+882)',
    }),
    values: { region: 'text' },
  },
  name_too_long: {
    message: msg({ message: 'Nom de plus de {max} caractères' }),
    values: { max: 'number' },
  },
  too_many_tags: {
    message: msg({ message: 'Plus de {max} étiquettes' }),
    values: { max: 'number' },
  },
  tag_invalid: {
    message: msg({ message: 'Étiquette vide ou de plus de {max} caractères' }),
    values: { max: 'number' },
  },
  attributes_unreadable: {
    message: msg({ message: 'Attributs illisibles : des textes nommés sont attendus' }),
  },
  too_many_attributes: {
    message: msg({ message: 'Plus de {max} attributs' }),
    values: { max: 'number' },
  },
  attribute_key_invalid: {
    message: msg({ message: 'Nom d’attribut vide ou de plus de {max} caractères' }),
    values: { max: 'number' },
  },
  attribute_value_too_long: {
    message: msg({ message: 'Valeur d’attribut de plus de {max} caractères' }),
    values: { max: 'number' },
  },
};

/** Every code a server error carries, and what it says. */
export const SERVER_ERROR_MESSAGES: Readonly<Record<ServerErrorCode, ServerMessage | ByReason>> = {
  // Organisations, profiles and team
  organization_fields_protected: {
    message: msg({
      message:
        "L'offre, les quotas, le mode et l'identité de l'organisation ne se modifient pas ici.",
    }),
  },
  profile_email_protected: {
    message: msg({ message: "L'adresse e-mail se change depuis le compte, pas le profil." }),
  },
  sign_in_to_create_organization: {
    message: msg({ message: 'Connectez-vous pour créer une organisation.' }),
  },
  country_invalid: { message: msg({ message: 'Choisissez un pays valide.' }) },
  organization_name_length: {
    message: msg({
      message: "Le nom de l'organisation doit contenir entre {min} et {max} caractères.",
    }),
    values: { min: 'number', max: 'number' },
  },
  organization_not_found: { message: msg({ message: 'Organisation introuvable.' }) },
  not_a_member: { message: msg({ message: "Vous n'êtes pas membre de cette organisation." }) },
  membership_move_forbidden: {
    message: msg({ message: "Un membre ne change pas d'organisation." }),
  },
  role_change_above_own: {
    message: msg({
      message: 'Vous ne pouvez pas attribuer ni retirer un rôle supérieur au vôtre.',
    }),
  },
  member_removal_above_own: {
    message: msg({
      message: 'Vous ne pouvez pas retirer un membre dont le rôle est supérieur au vôtre.',
    }),
  },
  last_owner: {
    message: msg({
      message:
        "L'organisation doit garder au moins un propriétaire : nommez-en un autre avant de partir.",
    }),
  },
  seat_limit_reached: {
    message: msg({
      message:
        'Votre offre {plan} comprend {limit, plural, one {# agent} other {# agents}} au plus : retirez un membre ou passez à une offre supérieure.',
      comment: 'plan is the name of the subscription plan (Starter, Pro…)',
    }),
    values: { plan: 'text', limit: 'count' },
  },
  // Invitations
  invite_requires_admin: {
    message: msg({
      message: 'Seuls les propriétaires et les administrateurs invitent des membres.',
    }),
  },
  invite_role_above_own: {
    message: msg({ message: 'Vous ne pouvez pas inviter avec un rôle supérieur au vôtre.' }),
  },
  invitation_note_too_long: {
    message: msg({ message: "La note de l'invitation compte {max} caractères au plus." }),
    values: { max: 'number' },
  },
  sign_in_to_accept_invitation: {
    message: msg({ message: "Connectez-vous pour accepter l'invitation." }),
  },
  invitation_not_found: { message: msg({ message: "Cette invitation n'existe pas." }) },
  invitation_used: { message: msg({ message: 'Cette invitation a déjà été utilisée.' }) },
  invitation_expired: {
    message: msg({ message: 'Cette invitation a expiré : demandez un nouveau lien.' }),
  },
  already_member: { message: msg({ message: 'Vous êtes déjà membre de cette organisation.' }) },
  invitation_revoked: {
    message: msg({
      message:
        "Ce lien n'est plus valable : la personne qui l'a créé ne peut plus inviter à ce rôle. Demandez un nouveau lien.",
    }),
  },
  invitation_token_mismatch: {
    message: msg({ message: 'Ce lien ne correspond pas à cette invitation.' }),
  },
  invitation_email_limit: {
    message: msg({
      message:
        "Votre organisation a envoyé beaucoup d'invitations par e-mail depuis une heure : réessayez plus tard ou partagez le lien.",
    }),
  },
  // Wati integration and templates
  wati_requires_admin: {
    message: msg({
      message: 'Seuls les propriétaires et les administrateurs gèrent l’intégration Wati.',
    }),
  },
  wati_use_requires_admin: {
    message: msg({
      message: 'Seuls les propriétaires et les administrateurs utilisent l’intégration Wati.',
    }),
  },
  template_sync_requires_admin: {
    message: msg({
      message: 'Seuls les propriétaires et les administrateurs synchronisent les modèles.',
    }),
  },
  template_fields_protected: {
    message: msg({
      message: 'Le modèle vient de Wati : seule la correspondance des paramètres se modifie ici.',
    }),
  },
  // Contacts
  contact_refused: { reasons: CONTACT_REFUSAL_MESSAGES },
  contact_quota_reached: {
    message: msg({
      message:
        'Quota de contacts atteint : votre abonnement permet {limit, plural, one {# contact} other {# contacts}}.',
    }),
    values: { limit: 'count' },
  },
  contact_not_found: { message: msg({ message: "Ce contact n'existe pas." }) },
  contact_edit_requires_agent: {
    message: msg({ message: 'Votre rôle ne permet pas de modifier les contacts.' }),
  },
  contact_delete_requires_admin: {
    message: msg({ message: 'Seuls les administrateurs suppriment des contacts.' }),
  },
  contact_sync_retry_requires_admin: {
    message: msg({
      message: 'Seuls les administrateurs relancent la synchronisation des contacts avec Wati.',
    }),
  },
  bulk_action_unknown: { message: msg({ message: 'Action inconnue.' }) },
  bulk_tag_missing: { message: msg({ message: 'Indiquez l’étiquette.' }) },
  export_requires_admin: {
    message: msg({
      message: 'Seuls les propriétaires et les administrateurs exportent les contacts.',
    }),
  },
  // Consent
  resubscribe_requires_admin: {
    message: msg({
      message: 'Seuls les propriétaires et les administrateurs réabonnent un contact désinscrit.',
    }),
  },
  resubscribe_reason_required: {
    message: msg({ message: 'Indiquez pourquoi ce contact est réabonné.' }),
  },
  resubscribe_reason_too_long: {
    message: msg({ message: 'La raison du réabonnement compte {max} caractères au plus.' }),
    values: { max: 'number' },
  },
  resubscribe_proof_required: {
    message: msg({
      message:
        'Indiquez la preuve du consentement du contact (par exemple « formulaire papier signé le 3 mars »).',
    }),
  },
  resubscribe_proof_too_long: {
    message: msg({ message: 'La preuve du consentement compte {max} caractères au plus.' }),
    values: { max: 'number' },
  },
  contact_already_subscribed: { message: msg({ message: 'Ce contact est déjà abonné.' }) },
  // Import
  import_body_not_object: { message: msg({ message: 'La requête doit être un objet JSON.' }) },
  import_body_unreadable: { message: msg({ message: 'La requête contient du texte illisible.' }) },
  import_unknown_parameter: {
    message: msg({
      message: 'Paramètre inconnu : « {parameter} ».',
      comment: 'parameter is the name of a parameter of the import request, as sent',
    }),
    values: { parameter: 'text' },
  },
  import_organization_missing: {
    message: msg({ message: 'Indiquez l’organisation par son identifiant.' }),
  },
  import_requires_admin: {
    message: msg({
      message: 'Seuls les administrateurs de l’organisation importent des contacts.',
    }),
  },
  import_rows_not_list: {
    message: msg({ message: 'Les lignes à importer doivent former une liste.' }),
  },
  import_too_many_rows: {
    message: msg({ message: 'Envoyez au plus {max} lignes à la fois.' }),
    values: { max: 'number' },
  },
  import_update_existing_invalid: {
    message: msg({
      message: 'update_existing vaut true ou false.',
      comment: 'update_existing, true and false are written as the import request spells them',
    }),
  },
  import_added_tags_invalid: {
    message: msg({ message: 'Les étiquettes ajoutées forment une liste de textes.' }),
  },
  import_added_tags_nul: {
    message: msg({ message: 'Les étiquettes ajoutées contiennent un caractère nul.' }),
  },
  // Segments
  segment_match_invalid: {
    message: msg({
      message: 'Critères de segment invalides : indiquez « all » ou « any ».',
      comment: 'all and any are written as the segment criteria spell them',
    }),
  },
  segment_conditions_missing: {
    message: msg({ message: 'Critères de segment invalides : la liste des conditions manque.' }),
  },
  segment_too_many_conditions: {
    message: msg({ message: 'Critères de segment invalides : {max} conditions au plus.' }),
    values: { max: 'number' },
  },
  segment_condition_unreadable: {
    message: msg({ message: 'Critères de segment invalides : condition {condition} illisible.' }),
    values: condition,
  },
  segment_tag_missing: {
    message: msg({
      message: 'Critères de segment invalides : étiquette manquante (condition {condition}).',
    }),
    values: condition,
  },
  segment_attribute_missing: {
    message: msg({
      message: 'Critères de segment invalides : attribut manquant (condition {condition}).',
    }),
    values: condition,
  },
  segment_value_missing: {
    message: msg({
      message: 'Critères de segment invalides : valeur manquante (condition {condition}).',
    }),
    values: condition,
  },
  segment_number_expected: {
    message: msg({
      message: 'Critères de segment invalides : nombre attendu (condition {condition}).',
    }),
    values: condition,
  },
  segment_operator_unknown: {
    message: msg({
      message: 'Critères de segment invalides : opérateur inconnu (condition {condition}).',
    }),
    values: condition,
  },
  segment_status_unknown: {
    message: msg({
      message: 'Critères de segment invalides : statut inconnu (condition {condition}).',
    }),
    values: condition,
  },
  segment_period_empty: {
    message: msg({
      message: 'Critères de segment invalides : période vide (condition {condition}).',
    }),
    values: condition,
  },
  segment_date_format: {
    message: msg({
      message:
        'Critères de segment invalides : dates au format AAAA-MM-JJ (condition {condition}).',
      comment: 'AAAA-MM-JJ is the French for YYYY-MM-DD',
    }),
    values: condition,
  },
  segment_country_unknown: {
    message: msg({
      message: 'Critères de segment invalides : pays inconnu (condition {condition}).',
    }),
    values: condition,
  },
  segment_campaign_outcome_unknown: {
    message: msg({
      message:
        'Critères de segment invalides : résultat de campagne inconnu (condition {condition}).',
    }),
    values: condition,
  },
  segment_condition_type_unknown: {
    message: msg({
      message: 'Critères de segment invalides : type de condition inconnu (condition {condition}).',
    }),
    values: condition,
  },
  segment_name_length: {
    message: msg({ message: 'Le nom du segment doit contenir entre {min} et {max} caractères.' }),
    values: { min: 'number', max: 'number' },
  },
  segment_name_taken: { message: msg({ message: 'Un segment porte déjà ce nom.' }) },
  // Campaigns
  campaign_template_not_found: {
    message: msg({ message: 'Modèle introuvable dans cette organisation.' }),
  },
  campaign_segment_not_found: {
    message: msg({ message: 'Segment introuvable dans cette organisation.' }),
  },
  campaign_segment_gone: { message: msg({ message: "Le segment choisi n'existe plus." }) },
  campaign_template_missing: { message: msg({ message: 'Choisissez un modèle de message.' }) },
  template_not_approved: {
    message: msg({
      message: "Le modèle « {template} » n'est pas approuvé par WhatsApp (statut {status}).",
      comment:
        'template is the template’s name; status is WhatsApp’s status code (PENDING, REJECTED…)',
    }),
    values: { template: 'text', status: 'text' },
  },
  campaign_estimate_requires_admin: {
    message: msg({ message: "Réservé aux administrateurs de l'organisation." }),
  },
  audience_invalid: { message: msg({ message: 'Audience invalide.' }) },
  campaign_not_found_or_admin_only: {
    message: msg({ message: 'Campagne introuvable ou réservée aux administrateurs.' }),
  },
  campaign_already_launched: { message: msg({ message: 'Cette campagne est déjà lancée.' }) },
  campaign_schedule_past: {
    message: msg({
      message:
        "La date d'envoi programmée est passée : choisissez-en une autre ou « Envoyer maintenant ».",
    }),
  },
  campaign_no_recipients: {
    message: msg({
      message: "Aucun destinataire : l'audience est vide ou tous ses contacts sont exclus.",
    }),
  },
  message_quota_insufficient: {
    message: msg({
      message:
        'Quota mensuel insuffisant : {recipients, plural, one {# message} other {# messages}} à envoyer, {remaining, plural, one {# restant} other {# restants}} ce mois-ci.',
    }),
    values: { recipients: 'count', remaining: 'count' },
  },
  campaign_not_pausable: {
    message: msg({ message: 'Seule une campagne programmée ou en cours se met en pause.' }),
  },
  campaign_not_resumable: {
    message: msg({ message: 'Seule une campagne en pause peut reprendre.' }),
  },
  campaign_not_cancellable: {
    message: msg({ message: 'Cette campagne ne peut plus être annulée.' }),
  },
  campaign_outcome_unknown: { message: msg({ message: 'Résultat de campagne inconnu.' }) },
  // Inbox
  conversation_not_found: {
    message: msg({
      message:
        'Conversation introuvable : elle a peut-être été supprimée ou confiée à un autre agent.',
    }),
  },
  inbox_requires_agent: {
    message: msg({ message: 'Les lecteurs consultent la boîte de réception sans y répondre.' }),
  },
  reply_window_closed: {
    message: msg({
      message:
        'La fenêtre de 24 heures est fermée : seul un modèle approuvé peut être envoyé à ce contact.',
    }),
  },
  reply_length: {
    message: msg({ message: 'Le message doit contenir entre 1 et 4 096 caractères.' }),
  },
  reply_file_url: {
    message: msg({ message: 'Le fichier doit être une adresse https:// valide.' }),
  },
  reply_template_not_approved: {
    message: msg({
      message: 'Ce modèle n’est pas approuvé par WhatsApp : choisissez un modèle approuvé.',
    }),
  },
  reply_kind_unknown: { message: msg({ message: 'Type de réponse inconnu.' }) },
  message_not_found: { message: msg({ message: 'Message introuvable.' }) },
  reply_not_failed: { message: msg({ message: 'Seul un message en échec peut être renvoyé.' }) },
  assignee_not_agent: {
    message: msg({
      message:
        'Ce membre ne peut pas recevoir de conversation : il n’est pas agent de l’organisation.',
    }),
  },
  team_not_found: { message: msg({ message: 'Équipe introuvable.' }) },
  snooze_in_past: { message: msg({ message: 'Choisissez une date de reprise dans le futur.' }) },
  labels_too_many: {
    message: msg({ message: 'Au plus 20 étiquettes de 40 caractères chacune.' }),
  },
  note_length: {
    message: msg({ message: 'La note doit contenir entre 1 et 4 096 caractères.' }),
  },
  availability_unknown: { message: msg({ message: 'Disponibilité inconnue.' }) },
  capacity_requires_admin: {
    message: msg({
      message: 'Seuls les propriétaires et les administrateurs règlent la capacité des agents.',
    }),
  },
  capacity_range: {
    message: msg({ message: 'La capacité va de 1 à 500 conversations ouvertes.' }),
  },
  // Chatbot knowledge base
  knowledge_base_requires_admin: {
    message: msg({
      message:
        'Seuls les propriétaires et les administrateurs modifient la base de connaissances du chatbot.',
    }),
  },
  faq_answer_length: {
    message: msg({ message: 'La réponse doit contenir entre 1 et 1 024 caractères.' }),
  },
  faq_category_length: {
    message: msg({ message: 'La catégorie doit contenir 60 caractères au plus.' }),
  },
  faq_question_count: {
    message: msg({
      message: 'Une réponse de la FAQ compte de 1 à 20 formulations de la question.',
    }),
  },
  faq_question_length: {
    message: msg({ message: 'Chaque question doit contenir entre 1 et 300 caractères.' }),
  },
  faq_entry_not_found: {
    message: msg({
      message: 'Réponse de la FAQ introuvable : elle a peut-être été supprimée.',
    }),
  },
  faq_import_not_list: {
    message: msg({ message: 'Le contenu à importer doit être une liste d’entrées.' }),
  },
  faq_import_empty: {
    message: msg({ message: 'Le fichier ne contient aucune entrée à importer.' }),
  },
  faq_import_too_many_entries: {
    message: msg({ message: 'Importez au plus {max} entrées à la fois.' }),
    values: { max: 'number' },
  },
  faq_import_entry_unreadable: {
    message: msg({
      message:
        'Entrée {entry} : illisible (une réponse, une catégorie et une liste de questions sont attendues).',
      comment: 'entry is the position of the entry in the imported file, 1 for the first',
    }),
    values: { entry: 'number' },
  },
  faq_import_answer_length: {
    message: msg({
      message: 'Entrée {entry} : la réponse doit contenir entre 1 et 1 024 caractères.',
      comment: 'entry is the position of the entry in the imported file, 1 for the first',
    }),
    values: { entry: 'number' },
  },
  faq_import_category_length: {
    message: msg({
      message: 'Entrée {entry} : la catégorie doit contenir 60 caractères au plus.',
      comment: 'entry is the position of the entry in the imported file, 1 for the first',
    }),
    values: { entry: 'number' },
  },
  faq_import_question_count: {
    message: msg({
      message: 'Entrée {entry} : de 1 à 20 questions sont attendues.',
      comment: 'entry is the position of the entry in the imported file, 1 for the first',
    }),
    values: { entry: 'number' },
  },
  faq_import_question_length: {
    message: msg({
      message: 'Entrée {entry} : chaque question doit contenir entre 1 et 300 caractères.',
      comment: 'entry is the position of the entry in the imported file, 1 for the first',
    }),
    values: { entry: 'number' },
  },
  faq_test_message_length: {
    message: msg({
      message: 'Le message à tester doit contenir entre 1 et 1 000 caractères.',
    }),
  },
  synonym_term_invalid: {
    message: msg({ message: 'Le terme doit être un seul mot de 1 à 40 lettres ou chiffres.' }),
  },
  synonym_expansion_invalid: {
    message: msg({ message: 'L’équivalent doit contenir de 1 à 120 lettres ou chiffres.' }),
  },
  unmatched_not_found: { message: msg({ message: 'Message non compris introuvable.' }) },
  unmatched_already_handled: {
    message: msg({ message: 'Ce message non compris a déjà été traité.' }),
  },
  unmatched_too_long: {
    message: msg({
      message: 'Ce message dépasse 300 caractères : trop long pour devenir une question de la FAQ.',
    }),
  },
  bot_flow_not_found: { message: msg({ message: 'Parcours introuvable.' }) },
  bot_requires_admin: {
    message: msg({ message: 'Seuls les administrateurs publient les parcours du chatbot.' }),
  },
  bot_flow_unreadable: { message: msg({ message: 'Parcours illisible.' }) },
  bot_version_not_found: { message: msg({ message: 'Version introuvable.' }) },
  bot_version_immutable: {
    message: msg({
      message: 'Une version publiée ne change plus : publiez une nouvelle version.',
    }),
  },
  bot_flow_draft_changed: {
    message: msg({
      message: 'Un autre administrateur a modifié ce brouillon entre-temps : rien n’a été publié.',
    }),
  },

  // Wati's own chatbots
  segment_not_found: { message: msg({ message: "Ce segment n'existe pas." }) },
  wati_chatbot_segment_requires_admin: {
    message: msg({
      message:
        'Seuls les propriétaires et les administrateurs démarrent un chatbot Wati pour un segment.',
    }),
  },
  wati_chatbot_start_requires_agent: {
    message: msg({ message: 'Les lecteurs ne démarrent pas de chatbot Wati.' }),
  },
  wati_chatbot_contact_opted_out: {
    message: msg({
      message: "Ce contact s'est désinscrit : aucun chatbot ne peut lui être démarré.",
    }),
  },
  wati_chatbot_no_recipients: {
    message: msg({
      message: "Aucun contact inscrit dans ce segment : le chatbot n'a personne à qui parler.",
    }),
  },
  wati_chatbot_run_not_found_or_admin_only: {
    message: msg({
      message: 'Démarrage de chatbot introuvable ou réservé aux administrateurs.',
    }),
  },
  wati_chatbot_run_not_cancellable: {
    message: msg({ message: "Ce démarrage est terminé : il n'y a plus rien à annuler." }),
  },
  // Credits
  insufficient_credits: {
    message: msg({
      message:
        'Crédits insuffisants : il vous reste {balance, plural, one {# crédit} other {# crédits}}.',
    }),
    values: { balance: 'count' },
  },
  credit_ledger_append_only: {
    message: msg({
      message:
        "Le journal des crédits ne se modifie pas : une correction s'y ajoute comme une nouvelle ligne.",
    }),
  },
  credit_purchase_requires_admin: {
    message: msg({
      message: 'Seuls les propriétaires et les administrateurs achètent des crédits.',
    }),
  },
  credit_pack_not_found: {
    message: msg({ message: 'Ce pack de crédits n’existe pas ou n’est plus proposé.' }),
  },
  // Edge Functions: any function
  method_not_allowed: { message: msg({ message: 'Méthode non autorisée pour cette adresse.' }) },
  internal_error: {
    message: msg({ message: 'Une erreur interne est survenue. Réessayez plus tard.' }),
  },
  unauthenticated: {
    // « Connectez-vous pour gérer l’intégration Wati. », « Authentification requise. »…
    message: msg({ message: 'Votre session a expiré. Reconnectez-vous, puis réessayez.' }),
    serverFrenchIsPrecise: true,
  },
  forbidden: {
    // « L’envoi des campagnes est réservé au service WCAP. », or a refusal of SQL without a code.
    message: msg({ message: 'Vous n’avez pas les droits nécessaires pour cette action.' }),
    serverFrenchIsPrecise: true,
  },
  invalid_input: {
    // « Organisation invalide. », « Action inconnue. », « Adresse e-mail invalide. »…
    message: msg({ message: 'Données invalides.' }),
    serverFrenchIsPrecise: true,
  },
  // Request bodies (the Wati webhook's events)
  payload_too_large: {
    // « Événement trop volumineux : 64 Kio au plus. »
    message: msg({ message: 'Événement trop volumineux.' }),
    serverFrenchIsPrecise: true,
  },
  payload_too_deep: {
    // « Événement refusé : plus de 32 niveaux d’objets imbriqués. »
    message: msg({ message: 'Événement refusé : trop de niveaux d’objets imbriqués.' }),
    serverFrenchIsPrecise: true,
  },
  invalid_json: { message: msg({ message: 'Le corps de la requête doit être un objet JSON.' }) },
  unstorable_text: {
    // « Le champ « content.body » contient un caractère nul ou un caractère Unicode incomplet. »
    message: msg({
      message: 'Le texte contient un caractère nul ou un caractère Unicode incomplet.',
    }),
    serverFrenchIsPrecise: true,
  },
  // wati-webhook
  invalid_webhook_secret: {
    message: msg({
      message:
        'Adresse de webhook invalide : copiez-la à nouveau depuis les paramètres Wati de WCAP.',
    }),
  },
  invalid_event: {
    message: msg({
      message:
        'Événement refusé : le champ eventType (le nom de l’événement) est absent ou invalide.',
      comment: 'eventType is the name of a field of Wati’s events',
    }),
  },
  // send-invitation-email
  origin_not_allowed: {
    message: msg({
      message: 'Cette adresse de l’application n’est pas autorisée à envoyer des invitations.',
    }),
  },
  email_not_sent: {
    message: msg({
      message: 'L’e-mail n’a pas pu être envoyé. Réessayez plus tard ou partagez le lien.',
    }),
  },
  // wati-connection
  wati_endpoint_not_allowed: {
    message: msg({
      message:
        'Adresse refusée : seule l’« API Endpoint URL » de Wati est acceptée, par exemple https://live-mt-server.wati.io/123456.',
      comment: 'API Endpoint URL is the name of the field in Wati’s own settings, in English',
    }),
  },
  wati_sandbox_endpoint: {
    message: msg({
      message:
        'L’adresse du bac à sable Wati n’est acceptée qu’en mode bac à sable : revenez d’abord au bac à sable.',
    }),
  },
  // Wati's answers
  wati_auth: {
    message: msg({
      message: 'Wati refuse ce jeton : copiez-le à nouveau depuis la page « API Docs » de Wati.',
      comment: 'API Docs is the name of a page of Wati, in English',
    }),
  },
  wati_validation: {
    message: msg({
      message:
        'Wati refuse la demande : vérifiez l’adresse de l’API et les réglages de votre compte Wati.',
    }),
  },
  wati_rate_limit: {
    // « Wati limite les appels : réessayez dans 12 s. »
    message: msg({ message: 'Wati limite les appels : réessayez dans quelques instants.' }),
    serverFrenchIsPrecise: true,
  },
  wati_quota: {
    message: msg({ message: 'Le quota de votre abonnement Wati est atteint pour ce mois.' }),
  },
  wati_unavailable: {
    message: msg({
      message: 'Wati ne répond pas correctement pour le moment : réessayez dans quelques minutes.',
    }),
  },
  wati_not_configured: {
    message: msg({
      message:
        'Aucune connexion Wati : renseignez l’adresse et le jeton dans Paramètres › Intégration Wati.',
    }),
  },
  // wati-sandbox-simulate
  sandbox_only: {
    message: msg({ message: 'La simulation n’existe qu’en mode bac à sable.' }),
  },
  // bot-flows, bot-simulate
  flow_invalid: {
    message: msg({
      message: 'Le parcours ne peut pas être publié : corrigez les étapes signalées.',
    }),
  },
  flow_unreadable: {
    message: msg({ message: 'Ce parcours est illisible : rechargez la page.' }),
  },
  bot_flow_unpublished: { message: msg({ message: 'Ce parcours n’a pas encore été publié.' }) },
  flow_not_found: { message: msg({ message: 'Parcours introuvable.' }) },
  simulated_contact_not_found: { message: msg({ message: 'Contact introuvable.' }) },
  // verify-otp
  invalid_request: {
    message: msg({
      message:
        'Indiquez le numéro au format international et le code à 6 chiffres reçu sur WhatsApp.',
    }),
  },
  otp_invalid: { message: msg({ message: 'Code invalide ou expiré.' }) },
  too_many_requests: {
    message: msg({
      message: 'Trop de tentatives depuis cette connexion : réessayez dans quelques minutes.',
    }),
  },
  // whatsapp-webhook
  invalid_signature: { message: msg({ message: 'Signature du webhook absente ou invalide.' }) },
  invalid_body: {
    message: msg({ message: 'Le corps de la requête n’est pas un événement lisible.' }),
  },
  invalid_verify_token: { message: msg({ message: 'Jeton de vérification invalide.' }) },
  unknown_provider: {
    message: msg({ message: 'Fournisseur WhatsApp inconnu : meta ou twilio.' }),
  },
  // wati-submit-template
  template_body_invalid: {
    // « Ce texte ne peut pas devenir un modèle WhatsApp. Le texte commence ou finit par une
    // variable, ce que WhatsApp refuse. »
    message: msg({
      message:
        'Ce texte ne peut pas devenir un modèle WhatsApp : au plus 1 024 caractères, des variables numérotées à partir de 1 qui se suivent, jamais au début, à la fin ni côte à côte.',
    }),
    serverFrenchIsPrecise: true,
  },
  template_name_taken: {
    message: msg({
      message: 'Un modèle porte déjà ce nom dans cette langue : choisissez-en un autre.',
    }),
  },
  wati_template_refused: {
    // « Wati a refusé ce modèle (son nom) : corrigez-le, puis soumettez-le à nouveau. »
    message: msg({
      message: 'Wati a refusé ce modèle : corrigez-le, puis soumettez-le à nouveau.',
    }),
    serverFrenchIsPrecise: true,
  },
  wati_template_unconfirmed: {
    message: msg({
      message:
        'Wati n’a pas confirmé la création du modèle, qui a peut-être eu lieu : synchronisez les modèles avant de le soumettre à nouveau.',
    }),
  },
  // wati-chatbots
  wati_plan_required: {
    message: msg({
      message:
        'Les chatbots demandent l’abonnement Pro (ou Business) de Wati : changez d’abonnement dans Wati.',
    }),
  },
  wati_chatbot_not_found: {
    message: msg({
      message: 'Ce chatbot n’existe plus dans Wati : actualisez la liste des chatbots.',
    }),
  }, // credits-checkout, flutterwave-webhook
  payment_provider_unavailable: {
    message: msg({
      message:
        'Le service de paiement Flutterwave ne répond pas pour le moment. Réessayez dans quelques minutes.',
    }),
  },
  // credit-receipt
  credit_receipt_not_found: {
    message: msg({ message: 'Ce reçu n’existe pas ou ne vous est pas destiné.' }),
  },
  // credit-payment-check
  payment_not_found: {
    message: msg({ message: 'Ce paiement n’existe pas ou ne vous est pas destiné.' }),
  },
  // ai-generate
  ai_requires_agent: {
    message: msg({
      message:
        'Seuls les agents, les administrateurs et les propriétaires de l’organisation rédigent avec l’IA.',
    }),
  },
  ai_unavailable: {
    message: msg({
      message:
        'Le service de rédaction par IA ne répond pas pour le moment. Aucun crédit n’a été débité ; réessayez dans quelques minutes.',
    }),
  },
  ai_timeout: {
    message: msg({
      message:
        'Le service de rédaction par IA a mis trop de temps à répondre. Aucun crédit n’a été débité ; réessayez.',
    }),
  },
  ai_refused: {
    message: msg({
      message:
        'L’IA a refusé de rédiger ce message. Aucun crédit n’a été débité ; reformulez votre demande.',
    }),
  },
  ai_invalid_output: {
    message: msg({
      message:
        'L’IA a proposé un texte inutilisable ou que WhatsApp refuserait. Aucun crédit n’a été débité ; réessayez.',
    }),
  },
};

const refusalReasons: ReadonlySet<string> = new Set(CONTACT_REFUSAL_REASONS);

function isContactRefusalReason(value: unknown): value is ContactRefusalReason {
  return typeof value === 'string' && refusalReasons.has(value);
}

/** A number of the detail (JSON numbers; digits in a string are accepted too). */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}

function render(
  entry: ServerMessage,
  detail: Record<string, unknown>,
  serverMessage: string | undefined,
): string | undefined {
  if (entry.serverFrenchIsPrecise && serverMessage && i18n.locale === serverLocale) {
    return serverMessage;
  }
  const values: Record<string, string | number> = {};
  for (const [key, kind] of Object.entries(entry.values ?? {})) {
    const value = detail[key];
    if (kind === 'text') {
      if (typeof value !== 'string') return undefined;
      values[key] = value;
      continue;
    }
    const number = numberOf(value);
    if (number === undefined) return undefined;
    values[key] = kind === 'count' ? number : formatNumber(number);
  }
  const descriptor: MessageDescriptor = { ...entry.message, values };
  return i18n._(descriptor);
}

/**
 * What a server error with this code says, in the active language, with the values of its detail
 * (serverErrorValues); undefined when the detail lacks a value the sentence quotes (the caller
 * then shows the server's own French sentence). `serverMessage` is that sentence.
 */
export function serverErrorMessage(
  code: ServerErrorCode,
  detail: Record<string, unknown> = {},
  serverMessage?: string,
): string | undefined {
  const entry = SERVER_ERROR_MESSAGES[code];
  if ('reasons' in entry) {
    const { reason } = detail;
    return isContactRefusalReason(reason)
      ? render(entry.reasons[reason], detail, serverMessage)
      : undefined;
  }
  return render(entry, detail, serverMessage);
}
