import { plural, t } from '@lingui/core/macro';
import type { FlowNode, FlowNodeType, Rule, SetAction, Trigger } from '@shared/bot/flow.ts';
import { formatNumber } from '../../lib/format';

// How a flow's nodes read in the editor (canvas, outline, forms, issues), in the reader's language.

/** Longest summary, in characters: a node stays readable at a glance. */
const SUMMARY_LENGTH = 80;

export function nodeTypeLabel(type: FlowNodeType): string {
  switch (type) {
    case 'start':
      return t`Départ`;
    case 'message':
      return t`Message`;
    case 'buttons':
      return t`Boutons`;
    case 'list':
      return t`Liste`;
    case 'ask':
      return t`Question`;
    case 'condition':
      return t`Condition`;
    case 'set':
      return t`Action sur le contact`;
    case 'faq':
      return t`Réponse FAQ`;
    case 'template':
      return t`Modèle`;
    case 'handoff':
      return t`Transfert à un agent`;
    case 'http':
      return t`Requête HTTP`;
    case 'wait':
      return t`Attente`;
    case 'jump':
      return t`Aller à`;
    case 'end':
      return t`Fin`;
  }
}

/** What a node type does, under its palette button. */
export function nodeTypeDescription(type: FlowNodeType): string {
  switch (type) {
    case 'start':
      return t`Ce qui lance le parcours : mots-clés, premier message…`;
    case 'message':
      return t`Envoie un texte, une image ou un document.`;
    case 'buttons':
      return t`Propose jusqu’à 3 boutons de réponse.`;
    case 'list':
      return t`Propose une liste de 10 choix au plus.`;
    case 'ask':
      return t`Pose une question et garde la réponse.`;
    case 'condition':
      return t`Oriente selon les attributs, étiquettes ou l’heure.`;
    case 'set':
      return t`Modifie un attribut, une étiquette, le désabonnement.`;
    case 'faq':
      return t`Répond à partir de la base de connaissances.`;
    case 'template':
      return t`Envoie un modèle approuvé, même hors des 24 heures.`;
    case 'handoff':
      return t`Confie la conversation à une équipe ou un agent.`;
    case 'http':
      return t`Appelle votre service web.`;
    case 'wait':
      return t`Attend avant de continuer.`;
    case 'jump':
      return t`Reprend à une autre étape.`;
    case 'end':
      return t`Termine la conversation avec le robot.`;
  }
}

/** The first characters of a text on one line, « … » when cut. */
export function shorten(text: string, length = SUMMARY_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(flat);
  return characters.length <= length
    ? flat
    : `${characters
        .slice(0, length - 1)
        .join('')
        .trimEnd()}…`;
}

/** « 30 s », « 5 min », « 2 h 30 min », « 1 j ». */
export function formatDuration(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  const rest = seconds % 60;
  const parts: string[] = [];
  const d = formatNumber(days);
  const h = formatNumber(hours);
  const m = formatNumber(minutes);
  const s = formatNumber(rest);
  if (days) parts.push(t`${d} j`);
  if (hours) parts.push(t`${h} h`);
  if (minutes) parts.push(t`${m} min`);
  if (rest || parts.length === 0) parts.push(t`${s} s`);
  return parts.join(' ');
}

export function keywordModeLabel(mode: 'exact' | 'contains' | 'fuzzy'): string {
  switch (mode) {
    case 'exact':
      return t`Message identique`;
    case 'contains':
      return t`Message qui contient`;
    case 'fuzzy':
      return t`Approchant (fautes tolérées)`;
  }
}

export function triggerKindLabel(kind: Trigger['kind']): string {
  switch (kind) {
    case 'keyword':
      return t`Mots-clés`;
    case 'any_message':
      return t`N’importe quel message`;
    case 'first_message':
      return t`Premier message du contact`;
    case 'campaign_reply':
      return t`Réponse à une campagne`;
    case 'outside_office_hours':
      return t`Message hors des heures d’ouverture`;
  }
}

export function triggerLabel(trigger: Trigger): string {
  if (trigger.kind !== 'keyword') return triggerKindLabel(trigger.kind);
  const words = trigger.keywords.filter((word) => word.trim() !== '');
  if (words.length === 0) return t`Mots-clés : aucun pour l’instant`;
  const list = words.map((word) => t`« ${word} »`).join(', ');
  return t`Mots-clés : ${list}`;
}

export type MediaKind = NonNullable<
  Extract<FlowNode, { type: 'message' }>['data']['media']
>['kind'];

export function mediaKindLabel(kind: MediaKind): string {
  switch (kind) {
    case 'image':
      return t`Image`;
    case 'video':
      return t`Vidéo`;
    case 'document':
      return t`Document`;
    case 'audio':
      return t`Audio`;
  }
}

export type AnswerType = Extract<FlowNode, { type: 'ask' }>['data']['answerType'];

export function answerTypeLabel(type: AnswerType): string {
  switch (type) {
    case 'text':
      return t`Texte`;
    case 'number':
      return t`Nombre`;
    case 'date':
      return t`Date`;
    case 'email':
      return t`Adresse e-mail`;
    case 'phone':
      return t`Numéro de téléphone`;
    case 'yes_no':
      return t`Oui ou non`;
  }
}

export type Comparison = Extract<Rule, { kind: 'attribute' }>['operator'];

export function comparisonLabel(operator: Comparison): string {
  switch (operator) {
    case 'equals':
      return t`est égal à`;
    case 'not_equals':
      return t`est différent de`;
    case 'contains':
      return t`contient`;
    case 'not_contains':
      return t`ne contient pas`;
    case 'is_set':
      return t`est renseigné`;
    case 'is_empty':
      return t`est vide`;
    case 'greater_than':
      return t`est supérieur à`;
    case 'less_than':
      return t`est inférieur à`;
  }
}

/** Whether the comparison reads a value (« est vide » does not). */
export function comparisonTakesValue(operator: Comparison): boolean {
  return operator !== 'is_set' && operator !== 'is_empty';
}

export function ruleKindLabel(kind: Rule['kind']): string {
  switch (kind) {
    case 'attribute':
      return t`Attribut du contact`;
    case 'variable':
      return t`Variable du parcours`;
    case 'tag':
      return t`Étiquette`;
    case 'time':
      return t`Heure et jour`;
    case 'office_hours':
      return t`Heures d’ouverture`;
  }
}

/** « Dim. », « Lun. »… for 0 (Sunday) to 6. */
export function weekdayLabel(day: number): string {
  const labels = [t`Dim.`, t`Lun.`, t`Mar.`, t`Mer.`, t`Jeu.`, t`Ven.`, t`Sam.`];
  return labels[day] ?? String(day);
}

export function ruleLabel(rule: Rule): string {
  switch (rule.kind) {
    case 'attribute':
    case 'variable': {
      const name = rule.name || '…';
      const operator = comparisonLabel(rule.operator);
      const value = rule.value;
      // « ville est vide »: the operator's label reads after the name in both languages.
      return comparisonTakesValue(rule.operator)
        ? t`${name} ${operator} « ${value} »`
        : `${name} ${operator}`;
    }
    case 'tag': {
      const tag = rule.tag;
      return rule.operator === 'has'
        ? t`Porte l’étiquette « ${tag} »`
        : t`Ne porte pas l’étiquette « ${tag} »`;
    }
    case 'time': {
      const days =
        rule.days.length === 7 ? t`tous les jours` : rule.days.map(weekdayLabel).join(' ');
      const from = rule.from || '…';
      const to = rule.to || '…';
      return t`De ${from} à ${to}, ${days}`;
    }
    case 'office_hours':
      return rule.operator === 'open'
        ? t`Pendant les heures d’ouverture`
        : t`Hors des heures d’ouverture`;
  }
}

export function setActionKindLabel(kind: SetAction['kind']): string {
  switch (kind) {
    case 'set_attribute':
      return t`Renseigner un attribut`;
    case 'clear_attribute':
      return t`Effacer un attribut`;
    case 'set_variable':
      return t`Renseigner une variable`;
    case 'add_tag':
      return t`Ajouter une étiquette`;
    case 'remove_tag':
      return t`Retirer une étiquette`;
    case 'unsubscribe':
      return t`Désabonner le contact`;
  }
}

function setActionLabel(action: SetAction): string {
  switch (action.kind) {
    case 'set_attribute':
    case 'set_variable': {
      const name = action.name || '…';
      const value = shorten(action.value, 30);
      return action.kind === 'set_attribute'
        ? t`${name} = « ${value} »`
        : t`Variable ${name} = « ${value} »`;
    }
    case 'clear_attribute': {
      const name = action.name || '…';
      return t`Effacer ${name}`;
    }
    case 'add_tag':
    case 'remove_tag': {
      const tag = action.tag;
      return action.kind === 'add_tag' ? t`+ étiquette « ${tag} »` : t`− étiquette « ${tag} »`;
    }
    case 'unsubscribe':
      return t`Désabonner le contact`;
  }
}

/** What the names of teams, agents and other nodes are, for summaries that point at them. */
export type SummaryContext = {
  teamName?: (teamId: string) => string | undefined;
  agentName?: (userId: string) => string | undefined;
  nodeName?: (nodeId: string) => string | undefined;
};

/** One line saying what the node does; empty when nothing is filled in yet. */
export function nodeSummary(node: FlowNode, context: SummaryContext = {}): string {
  switch (node.type) {
    case 'start':
      return node.data.triggers.map(triggerLabel).join(' · ');
    case 'message':
      if (node.data.media) {
        const kind = mediaKindLabel(node.data.media.kind);
        const file = shorten(node.data.media.caption || node.data.media.url, 60);
        return file ? t`${kind} : ${file}` : kind;
      }
      return shorten(node.data.text);
    case 'buttons':
    case 'list':
      return shorten(node.data.body);
    case 'ask': {
      const prompt = shorten(node.data.prompt, 60);
      const target = node.data.target.name;
      return target ? t`${prompt} → ${target}` : prompt;
    }
    case 'condition': {
      const count = node.data.branches.length;
      return plural(count, { one: '# branche', other: '# branches' });
    }
    case 'set':
      return shorten(node.data.actions.map(setActionLabel).join(' · '));
    case 'faq':
      return node.data.prompt ? shorten(node.data.prompt) : t`Répond au message reçu depuis la FAQ`;
    case 'template':
      return node.data.name
        ? node.data.language
          ? `${node.data.name} (${node.data.language})`
          : node.data.name
        : '';
    case 'handoff': {
      const target = node.data.target;
      if (target.kind === 'team') {
        const name = context.teamName?.(target.teamId) ?? t`équipe supprimée`;
        return t`À l’équipe ${name}`;
      }
      if (target.kind === 'agent') {
        const name = context.agentName?.(target.userId) ?? t`agent retiré`;
        return t`À ${name}`;
      }
      return t`Selon la répartition de la boîte de réception`;
    }
    case 'http':
      return node.data.url ? shorten(`${node.data.method} ${node.data.url}`) : '';
    case 'wait':
      return formatDuration(node.data.seconds);
    case 'jump': {
      if (!node.data.targetId) return '';
      const target = context.nodeName?.(node.data.targetId) ?? t`étape supprimée`;
      return t`Vers ${target}`;
    }
    case 'end':
      return node.data.message
        ? shorten(node.data.message)
        : node.data.resolve
          ? t`Termine et clôt la conversation`
          : t`Termine le parcours`;
  }
}

/** « Message : Bonjour {{first_name}}… »: how the node is named in lists and to screen readers. */
export function nodeName(node: FlowNode, context: SummaryContext = {}): string {
  const type = nodeTypeLabel(node.type);
  // A jump's summary names another node: not repeated in names, where it could loop.
  const summary = node.type === 'jump' ? '' : shorten(nodeSummary(node, context), 40);
  return summary ? t`${type} : ${summary}` : type;
}

/** The name of an outlet: a button's title, a row's, a branch's label, or the fixed outlet's. */
export function outletLabel(node: FlowNode, handle: string): string {
  if (node.type === 'buttons') {
    const index = node.data.buttons.findIndex((button) => button.id === handle);
    const button = node.data.buttons[index];
    const number = index + 1;
    if (button) return button.title.trim() || t`Bouton ${number}`;
  }
  if (node.type === 'list') {
    const rows = node.data.sections.flatMap((section) => section.rows);
    const index = rows.findIndex((row) => row.id === handle);
    const row = rows[index];
    const number = index + 1;
    if (row) return row.title.trim() || t`Choix ${number}`;
  }
  if (node.type === 'condition') {
    const index = node.data.branches.findIndex((branch) => branch.id === handle);
    const branch = node.data.branches[index];
    const number = index + 1;
    if (branch) return branch.label.trim() || t`Branche ${number}`;
  }
  return fixedOutletLabel(handle);
}

/** The fixed outlets of flow.ts's FIXED_HANDLES. */
export function fixedOutletLabel(handle: string): string {
  switch (handle) {
    case 'next':
      return t`Suite`;
    case 'no_match':
      return t`Pas de correspondance`;
    case 'else':
      return t`Sinon`;
    case 'success':
      return t`Réussite`;
    case 'failure':
      return t`Échec`;
    case 'invalid':
      return t`Invalide`;
    case 'answered':
      return t`Répondu`;
    case 'exhausted':
      return t`Limite atteinte`;
    default:
      return handle;
  }
}
