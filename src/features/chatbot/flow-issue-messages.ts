import { t } from '@lingui/core/macro';
import type { FlowNode } from '@shared/bot/flow.ts';
import type { FlowIssue, FlowIssueCode } from '@shared/bot/flow-issues.ts';
import { ATTRIBUTE_KEY_MAX_LENGTH } from '@shared/limits.ts';
import { formatNumber } from '../../lib/format';
import { outletLabel } from './node-labels';

// What each issue of validate.ts says to people, in the reader's language: the sentence of its
// code with its params (limits, lengths, titles), so that the canvas, the issues panel and the
// server's refusal (bot-flows answers 422 with the same issues) read the same. The French is
// validate.ts's frenchIssueMessage, word for word, but for figures written the interface's way.

type Params = FlowIssue['params'];

/** A figure of the params, written the interface's way. */
function figure(params: Params, key: string): string {
  const value = params[key];
  return typeof value === 'number' ? formatNumber(value) : String(value ?? '');
}

/** A name or a title of the params, as the flow holds it. */
function text(params: Params, key: string): string {
  const value = params[key];
  return value === undefined ? '' : String(value);
}

/** What a text field is called in text_required and text_too_long, from the issue's field. */
function textFieldName(field: string | null): string {
  if (field === 'prompt') return t`La question`;
  if (field === 'media.caption') return t`La légende`;
  if (field === 'retryMessage') return t`Le message de relance`;
  if (field === 'message') return t`Le message`;
  if (field !== null && /^actions\.\d+\.value$/.test(field)) return t`La valeur de l’attribut`;
  return t`Le texte du message`;
}

type MessageOf = (issue: FlowIssue, node: FlowNode | undefined) => string;

const messages: { readonly [C in FlowIssueCode]: MessageOf } = {
  no_start: () => t`Le parcours n’a pas d’étape de départ.`,
  several_starts: () => t`Le parcours a plusieurs étapes de départ : gardez-en une seule.`,
  start_without_trigger: () =>
    t`Le départ n’a aucun déclencheur : indiquez ce qui lance le parcours.`,
  keyword_empty: () => t`Le déclencheur par mots-clés n’a aucun mot-clé.`,
  dangling_edge: () =>
    t`Une liaison part d’une sortie ou mène à une étape qui n’existe plus : supprimez-la.`,
  handle_several_edges: ({ params }, node) => {
    const handle = text(params, 'handle');
    if (!node || !handle)
      return t`Une sortie de cette étape a plusieurs liaisons : gardez-en une seule.`;
    const outlet = outletLabel(node, handle);
    return t`La sortie « ${outlet} » a plusieurs liaisons : gardez-en une seule.`;
  },
  unreachable_node: () => t`Aucun chemin ne mène à cette étape depuis le départ.`,
  choice_without_edge: ({ params }) => {
    const title = text(params, 'title');
    return params.item === 'row'
      ? t`La ligne « ${title} » ne mène à aucune étape.`
      : t`Le bouton « ${title} » ne mène à aucune étape.`;
  },
  unguarded_loop: () =>
    t`Cette étape fait partie d’une boucle qui n’attend jamais le contact : ajoutez une question ou un saut limité.`,
  text_required: ({ field }) => {
    const name = textFieldName(field);
    return t`${name} est obligatoire.`;
  },
  text_too_long: ({ field, params }) => {
    const name = textFieldName(field);
    const max = figure(params, 'max');
    const length = figure(params, 'length');
    return t`${name} dépasse ${max} caractères (${length}).`;
  },
  header_too_long: ({ params }) => {
    const max = figure(params, 'max');
    const length = figure(params, 'length');
    return t`L’en-tête dépasse ${max} caractères (${length}).`;
  },
  footer_too_long: ({ params }) => {
    const max = figure(params, 'max');
    const length = figure(params, 'length');
    return t`Le pied de message dépasse ${max} caractères (${length}).`;
  },
  buttons_count: ({ params }) => {
    const min = figure(params, 'min');
    const max = figure(params, 'max');
    const count = figure(params, 'count');
    return t`Un message à boutons en compte de ${min} à ${max} (ici ${count}).`;
  },
  button_title_empty: ({ params }) => {
    const index = figure(params, 'index');
    return t`Le bouton n° ${index} n’a pas de titre.`;
  },
  button_title_too_long: ({ params }) => {
    const title = text(params, 'title');
    const max = figure(params, 'max');
    const length = figure(params, 'length');
    return t`Le bouton « ${title} » dépasse ${max} caractères (${length}).`;
  },
  button_titles_duplicate: ({ params }) => {
    const title = text(params, 'title');
    return t`Deux boutons s’appellent « ${title} » : donnez-leur des titres différents.`;
  },
  list_rows_count: ({ params }) => {
    const min = figure(params, 'min');
    const max = figure(params, 'max');
    const count = figure(params, 'count');
    return t`Une liste compte de ${min} à ${max} lignes, chaque section au moins une (ici ${count}).`;
  },
  list_sections_count: ({ params }) => {
    const max = figure(params, 'max');
    const count = figure(params, 'count');
    return t`Une liste compte au plus ${max} sections (ici ${count}).`;
  },
  list_button_label_invalid: ({ params }) => {
    const max = figure(params, 'max');
    const length = figure(params, 'length');
    return t`Le libellé du bouton qui ouvre la liste doit compter de 1 à ${max} caractères (ici ${length}).`;
  },
  row_title_empty: ({ params }) => {
    const index = figure(params, 'index');
    return t`La ligne n° ${index} n’a pas de titre.`;
  },
  row_title_too_long: ({ params }) => {
    const title = text(params, 'title');
    const max = figure(params, 'max');
    const length = figure(params, 'length');
    return t`La ligne « ${title} » dépasse ${max} caractères (${length}).`;
  },
  row_description_too_long: ({ params }) => {
    const title = text(params, 'title');
    const max = figure(params, 'max');
    const length = figure(params, 'length');
    return t`La description de la ligne « ${title} » dépasse ${max} caractères (${length}).`;
  },
  row_titles_duplicate: ({ params }) => {
    const title = text(params, 'title');
    return t`Deux lignes s’appellent « ${title} » : donnez-leur des titres différents.`;
  },
  section_title_required: ({ params }) => {
    const index = figure(params, 'index');
    return t`La section n° ${index} n’a pas de titre : il en faut un quand la liste a plusieurs sections.`;
  },
  section_title_too_long: ({ params }) => {
    const title = text(params, 'title');
    const max = figure(params, 'max');
    const length = figure(params, 'length');
    return t`Le titre de section « ${title} » dépasse ${max} caractères (${length}).`;
  },
  media_url_invalid: ({ params }) => {
    const url = text(params, 'url');
    return t`L’adresse du fichier « ${url} » n’est pas valide : elle doit commencer par https://.`;
  },
  ask_target_missing: () => t`Indiquez l’attribut ou la variable où enregistrer la réponse.`,
  ask_pattern_invalid: ({ params }) => {
    const pattern = text(params, 'pattern');
    return t`L’expression régulière « ${pattern} » n’est pas valide.`;
  },
  condition_without_branches: () => t`La condition n’a aucune branche.`,
  rule_incomplete: ({ params }) => {
    const branch = text(params, 'branch');
    return t`Une règle de la branche « ${branch} » est incomplète.`;
  },
  time_invalid: ({ params }) => {
    const value = text(params, 'value');
    return t`L’heure « ${value} » n’est pas au format HH:MM (par exemple 08:30).`;
  },
  set_without_actions: () => t`Cette étape n’a aucune action.`,
  attribute_name_invalid: ({ params }) => {
    const name = text(params, 'name');
    const max = formatNumber(ATTRIBUTE_KEY_MAX_LENGTH);
    return t`Le nom « ${name} » n’est pas valide : lettres, chiffres, _ et - seulement, ${max} caractères au plus.`;
  },
  tag_empty: () => t`Indiquez l’étiquette.`,
  template_name_missing: () => t`Choisissez le modèle de message à envoyer.`,
  http_url_invalid: ({ params }) => {
    const url = text(params, 'url');
    return t`L’adresse « ${url} » n’est pas valide : elle doit commencer par https:// et ne contenir ni identifiant ni mot de passe.`;
  },
  http_save_invalid: () =>
    t`Chaque valeur à enregistrer demande un chemin dans la réponse et un nom de variable.`,
  wait_too_long: () =>
    t`Une attente dure au plus 23 heures, pour rester dans la fenêtre de 24 heures de WhatsApp.`,
  jump_target_missing: () => t`Choisissez l’étape où aller (une autre que celle-ci).`,
};

/** The issue's sentence in the active language; `node` names the outlet it may be about. */
export function flowIssueMessage(issue: FlowIssue, node?: FlowNode): string {
  return messages[issue.code](issue, node);
}
