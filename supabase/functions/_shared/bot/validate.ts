import { ATTRIBUTE_KEY_MAX_LENGTH, ATTRIBUTE_VALUE_MAX_LENGTH } from '../limits.ts';
import {
  nodeHandles,
  waitsForInput,
  type FlowDocument,
  type FlowNode,
  type NodeOf,
} from './flow.ts';
import type { FlowIssue, FlowIssueCode } from './flow-issues.ts';
import { charCount, normalizeText } from './text.ts';

// What keeps a draft from being published: a flow that cannot run (no start, edges to nowhere,
// nodes no path reaches, loops that never wait for the contact) and anything WhatsApp would refuse
// or cut (lengths counted in code points, as WhatsApp and Postgres count them). Each issue names
// its node and field so the editor can select them; frenchIssueMessage says it in French.

/** WhatsApp's limits on what a flow sends (Meta's interactive messages; the text message). */
export const WHATSAPP_LIMITS = {
  text: 4096,
  caption: 1024,
  body: 1024,
  header: 60,
  footer: 60,
  buttonsMin: 1,
  buttonsMax: 3,
  buttonTitle: 20,
  listRowsMin: 1,
  listRowsMax: 10,
  listSections: 10,
  rowTitle: 24,
  rowDescription: 72,
  sectionTitle: 24,
  listButtonLabel: 20,
  /** A wait ends inside the 24-hour window opened by the contact's last message. */
  waitSeconds: 23 * 3600,
} as const;

/**
 * Contact attributes and session variables are named alike: letters, digits, `_` and `-`, as
 * long as a contact attribute's key may be, so `{{name}}` can name either.
 */
export function isValidAttributeName(name: string): boolean {
  return /^[\p{L}\p{N}_-]+$/u.test(name) && charCount(name) <= ATTRIBUTE_KEY_MAX_LENGTH;
}

/** `HH:MM` (or `H:MM`) → minutes since midnight; null when it is not a time of day. */
export function parseTimeOfDay(value: string): number | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * A group repeated that itself repeats or alternates (`(a+)+`, `(\\w|\\d)*`), or a backreference:
 * what can make a regular expression take exponential time on a short answer. The engine runs
 * patterns in the webhook's process, shared by every organisation, so such a pattern is refused
 * rather than trusted.
 */
const CATASTROPHIC = /\((?:[^()\\]|\\.)*(?:[+*}|])(?:[^()\\]|\\.)*\)[+*{]|\\[1-9]|\\k</;

/** An ask node's pattern as the engine uses it; null when it does not compile or may backtrack without end. */
export function compilePattern(pattern: string): RegExp | null {
  if (pattern.length > 200 || CATASTROPHIC.test(pattern)) return null;
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return null;
  }
}

const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

/** An https:// address (its {{variables}} aside) that parses, without credentials in it. */
function isHttpsUrl(value: string): boolean {
  const trimmed = value.trim();
  if (!/^https:\/\//i.test(trimmed)) return false;
  try {
    const url = new URL(trimmed.replace(PLACEHOLDER, 'x'));
    return (
      url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === ''
    );
  } catch {
    return false;
  }
}

const blank = (value: string) => value.trim() === '';

type Report = (
  code: FlowIssueCode,
  nodeId: string | null,
  field?: string | null,
  params?: Record<string, string | number>,
) => void;

function checkLength(
  report: Report,
  node: FlowNode,
  field: string,
  value: string,
  max: number,
  code: FlowIssueCode,
) {
  const length = charCount(value);
  if (length > max) report(code, node.id, field, { max, length });
}

/** A text the node must have, within `max`. */
function checkRequired(report: Report, node: FlowNode, field: string, value: string, max: number) {
  if (blank(value)) report('text_required', node.id, field);
  else checkLength(report, node, field, value, max, 'text_too_long');
}

function checkHeaderFooter(report: Report, node: NodeOf<'buttons' | 'list'>) {
  checkRequired(report, node, 'body', node.data.body, WHATSAPP_LIMITS.body);
  checkLength(report, node, 'header', node.data.header, WHATSAPP_LIMITS.header, 'header_too_long');
  checkLength(report, node, 'footer', node.data.footer, WHATSAPP_LIMITS.footer, 'footer_too_long');
}

function checkName(report: Report, node: FlowNode, field: string, name: string) {
  if (!isValidAttributeName(name)) report('attribute_name_invalid', node.id, field, { name });
}

/** Titles that read the same once normalised: the later ones are reported. */
function checkUnique(
  report: Report,
  node: FlowNode,
  titles: Array<{ field: string; title: string }>,
  code: FlowIssueCode,
) {
  const seen = new Set<string>();
  for (const { field, title } of titles) {
    const key = normalizeText(title);
    if (key === '') continue;
    if (seen.has(key)) report(code, node.id, field, { title });
    seen.add(key);
  }
}

function checkButtons(report: Report, node: NodeOf<'buttons'>) {
  checkHeaderFooter(report, node);
  const { buttons } = node.data;
  if (buttons.length < WHATSAPP_LIMITS.buttonsMin || buttons.length > WHATSAPP_LIMITS.buttonsMax)
    report('buttons_count', node.id, 'buttons', {
      count: buttons.length,
      min: WHATSAPP_LIMITS.buttonsMin,
      max: WHATSAPP_LIMITS.buttonsMax,
    });
  buttons.forEach((button, index) => {
    const field = `buttons.${index}.title`;
    if (blank(button.title)) report('button_title_empty', node.id, field, { index: index + 1 });
    else if (charCount(button.title) > WHATSAPP_LIMITS.buttonTitle)
      report('button_title_too_long', node.id, field, {
        title: button.title,
        max: WHATSAPP_LIMITS.buttonTitle,
        length: charCount(button.title),
      });
  });
  checkUnique(
    report,
    node,
    buttons.map((button, index) => ({ field: `buttons.${index}.title`, title: button.title })),
    'button_titles_duplicate',
  );
}

function checkList(report: Report, node: NodeOf<'list'>) {
  checkHeaderFooter(report, node);
  const { sections, buttonLabel } = node.data;
  const labelLength = charCount(buttonLabel.trim());
  if (labelLength === 0 || labelLength > WHATSAPP_LIMITS.listButtonLabel)
    report('list_button_label_invalid', node.id, 'buttonLabel', {
      max: WHATSAPP_LIMITS.listButtonLabel,
      length: labelLength,
    });
  if (sections.length > WHATSAPP_LIMITS.listSections)
    report('list_sections_count', node.id, 'sections', {
      count: sections.length,
      max: WHATSAPP_LIMITS.listSections,
    });
  const rowCount = sections.reduce((total, section) => total + section.rows.length, 0);
  if (rowCount < WHATSAPP_LIMITS.listRowsMin || rowCount > WHATSAPP_LIMITS.listRowsMax)
    report('list_rows_count', node.id, 'sections', {
      count: rowCount,
      min: WHATSAPP_LIMITS.listRowsMin,
      max: WHATSAPP_LIMITS.listRowsMax,
    });
  const titles: Array<{ field: string; title: string }> = [];
  sections.forEach((section, sectionIndex) => {
    const at = `sections.${sectionIndex}`;
    if (section.rows.length === 0 && rowCount > 0)
      report('list_rows_count', node.id, `${at}.rows`, {
        count: 0,
        min: WHATSAPP_LIMITS.listRowsMin,
        max: WHATSAPP_LIMITS.listRowsMax,
      });
    if (sections.length > 1 && blank(section.title))
      report('section_title_required', node.id, `${at}.title`, { index: sectionIndex + 1 });
    else if (charCount(section.title) > WHATSAPP_LIMITS.sectionTitle)
      report('section_title_too_long', node.id, `${at}.title`, {
        title: section.title,
        max: WHATSAPP_LIMITS.sectionTitle,
        length: charCount(section.title),
      });
    section.rows.forEach((row, rowIndex) => {
      const field = `${at}.rows.${rowIndex}`;
      titles.push({ field: `${field}.title`, title: row.title });
      if (blank(row.title))
        report('row_title_empty', node.id, `${field}.title`, { index: titles.length });
      else if (charCount(row.title) > WHATSAPP_LIMITS.rowTitle)
        report('row_title_too_long', node.id, `${field}.title`, {
          title: row.title,
          max: WHATSAPP_LIMITS.rowTitle,
          length: charCount(row.title),
        });
      if (charCount(row.description) > WHATSAPP_LIMITS.rowDescription)
        report('row_description_too_long', node.id, `${field}.description`, {
          title: row.title,
          max: WHATSAPP_LIMITS.rowDescription,
          length: charCount(row.description),
        });
    });
  });
  checkUnique(report, node, titles, 'row_titles_duplicate');
}

function checkCondition(report: Report, node: NodeOf<'condition'>) {
  const { branches } = node.data;
  if (branches.length === 0) report('condition_without_branches', node.id, 'branches');
  branches.forEach((branch, branchIndex) => {
    const at = `branches.${branchIndex}`;
    const branchName = branch.label.trim() || String(branchIndex + 1);
    if (branch.rules.length === 0)
      report('rule_incomplete', node.id, `${at}.rules`, { branch: branchName });
    branch.rules.forEach((rule, ruleIndex) => {
      const field = `${at}.rules.${ruleIndex}`;
      switch (rule.kind) {
        case 'attribute':
        case 'variable':
          if (blank(rule.name))
            report('rule_incomplete', node.id, `${field}.name`, { branch: branchName });
          else checkName(report, node, `${field}.name`, rule.name);
          if (rule.operator !== 'is_set' && rule.operator !== 'is_empty' && blank(rule.value))
            report('rule_incomplete', node.id, `${field}.value`, { branch: branchName });
          return;
        case 'tag':
          if (blank(rule.tag)) report('tag_empty', node.id, `${field}.tag`);
          return;
        case 'time':
          for (const end of ['from', 'to'] as const)
            if (parseTimeOfDay(rule[end]) === null)
              report('time_invalid', node.id, `${field}.${end}`, { value: rule[end] });
          if (rule.days.length === 0)
            report('rule_incomplete', node.id, `${field}.days`, { branch: branchName });
          return;
        case 'office_hours':
          return;
      }
    });
  });
}

function checkSet(report: Report, node: NodeOf<'set'>) {
  const { actions } = node.data;
  if (actions.length === 0) report('set_without_actions', node.id, 'actions');
  actions.forEach((action, index) => {
    const at = `actions.${index}`;
    switch (action.kind) {
      case 'set_attribute':
        checkName(report, node, `${at}.name`, action.name);
        checkLength(
          report,
          node,
          `${at}.value`,
          action.value,
          ATTRIBUTE_VALUE_MAX_LENGTH,
          'text_too_long',
        );
        return;
      case 'clear_attribute':
      case 'set_variable':
        checkName(report, node, `${at}.name`, action.name);
        return;
      case 'add_tag':
      case 'remove_tag':
        if (blank(action.tag)) report('tag_empty', node.id, `${at}.tag`);
        return;
      case 'unsubscribe':
        return;
    }
  });
}

function checkNode(report: Report, node: FlowNode, ids: ReadonlySet<string>) {
  const { text } = WHATSAPP_LIMITS;
  switch (node.type) {
    case 'start':
      if (node.data.triggers.length === 0) report('start_without_trigger', node.id, 'triggers');
      node.data.triggers.forEach((trigger, index) => {
        if (
          trigger.kind === 'keyword' &&
          !trigger.keywords.some((keyword) => normalizeText(keyword) !== '')
        )
          report('keyword_empty', node.id, `triggers.${index}.keywords`);
      });
      return;
    case 'message': {
      const { media } = node.data;
      if (!media) return checkRequired(report, node, 'text', node.data.text, text);
      if (!isHttpsUrl(media.url))
        report('media_url_invalid', node.id, 'media.url', { url: media.url });
      return checkLength(
        report,
        node,
        'media.caption',
        media.caption,
        WHATSAPP_LIMITS.caption,
        'text_too_long',
      );
    }
    case 'buttons':
      return checkButtons(report, node);
    case 'list':
      return checkList(report, node);
    case 'ask': {
      const { data } = node;
      checkRequired(report, node, 'prompt', data.prompt, text);
      if (blank(data.target.name)) report('ask_target_missing', node.id, 'target.name');
      else checkName(report, node, 'target.name', data.target.name);
      if (data.pattern !== '' && compilePattern(data.pattern) === null)
        report('ask_pattern_invalid', node.id, 'pattern', { pattern: data.pattern });
      return checkLength(report, node, 'retryMessage', data.retryMessage, text, 'text_too_long');
    }
    case 'condition':
      return checkCondition(report, node);
    case 'set':
      return checkSet(report, node);
    case 'faq':
      return checkLength(report, node, 'prompt', node.data.prompt, text, 'text_too_long');
    case 'template':
      if (blank(node.data.name)) report('template_name_missing', node.id, 'name');
      return;
    case 'handoff':
    case 'end':
      return checkLength(report, node, 'message', node.data.message, text, 'text_too_long');
    case 'http':
      if (!isHttpsUrl(node.data.url))
        report('http_url_invalid', node.id, 'url', { url: node.data.url });
      node.data.save.forEach(({ path, variable }, index) => {
        if (blank(path)) report('http_save_invalid', node.id, `save.${index}.path`);
        if (blank(variable)) report('http_save_invalid', node.id, `save.${index}.variable`);
        else checkName(report, node, `save.${index}.variable`, variable);
      });
      return;
    case 'wait':
      if (node.data.seconds > WHATSAPP_LIMITS.waitSeconds)
        report('wait_too_long', node.id, 'seconds', {
          max: WHATSAPP_LIMITS.waitSeconds,
          seconds: node.data.seconds,
        });
      return;
    case 'jump':
      if (!ids.has(node.data.targetId) || node.data.targetId === node.id)
        report('jump_target_missing', node.id, 'targetId');
      return;
  }
}

/** The field of a node an outlet belongs to: a button's or row's title, a branch's label. */
function handleField(node: FlowNode, handle: string): string | null {
  if (node.type === 'buttons') {
    const index = node.data.buttons.findIndex((button) => button.id === handle);
    if (index >= 0) return `buttons.${index}.title`;
  }
  if (node.type === 'list')
    for (const [sectionIndex, section] of node.data.sections.entries()) {
      const index = section.rows.findIndex((row) => row.id === handle);
      if (index >= 0) return `sections.${sectionIndex}.rows.${index}.title`;
    }
  if (node.type === 'condition') {
    const index = node.data.branches.findIndex((branch) => branch.id === handle);
    if (index >= 0) return `branches.${index}.label`;
  }
  return null;
}

/** Loops that never wait for the contact nor pass a jump (whose count guards them): Tarjan's SCCs. */
function unguardedLoops(nodes: FlowNode[], next: Map<string, string[]>): string[] {
  const free = new Set(
    nodes.filter((node) => !waitsForInput(node) && node.type !== 'jump').map((node) => node.id),
  );
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[] = [];
  const visit = (id: string) => {
    index.set(id, index.size);
    low.set(id, index.get(id)!);
    stack.push(id);
    onStack.add(id);
    for (const target of next.get(id) ?? []) {
      if (!free.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(id, Math.min(low.get(id)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(id, Math.min(low.get(id)!, index.get(target)!));
    }
    if (low.get(id) !== index.get(id)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== id);
    if (component.length > 1 || (next.get(id) ?? []).includes(id))
      loops.push(component[component.length - 1]!);
  };
  for (const node of nodes) if (free.has(node.id) && !index.has(node.id)) visit(node.id);
  return loops;
}

/** Everything that keeps `document` from being published; [] when it may be. */
export function validateFlow(document: FlowDocument): FlowIssue[] {
  const issues: FlowIssue[] = [];
  const report: Report = (code, nodeId, field = null, params = {}) =>
    issues.push({ code, nodeId, field, params });
  const nodes = new Map(document.nodes.map((node) => [node.id, node]));
  const ids = new Set(nodes.keys());

  const starts = document.nodes.filter((node) => node.type === 'start');
  if (starts.length === 0) report('no_start', null);
  for (const extra of starts.slice(1)) report('several_starts', extra.id);

  for (const node of document.nodes) checkNode(report, node, ids);

  // Edges: where they leave from and go to must exist, one per outlet.
  const next = new Map<string, string[]>();
  const outlets = new Map<string, number>();
  for (const edge of document.edges) {
    const source = nodes.get(edge.source);
    if (!source || !nodes.has(edge.target) || !nodeHandles(source).includes(edge.sourceHandle)) {
      report(
        'dangling_edge',
        source ? source.id : nodes.has(edge.target) ? edge.target : null,
        null,
        {
          edgeId: edge.id,
        },
      );
      continue;
    }
    const outlet = `${edge.source}\n${edge.sourceHandle}`;
    const count = (outlets.get(outlet) ?? 0) + 1;
    outlets.set(outlet, count);
    if (count === 2)
      report('handle_several_edges', source.id, handleField(source, edge.sourceHandle), {
        handle: edge.sourceHandle,
      });
    next.set(edge.source, [...(next.get(edge.source) ?? []), edge.target]);
  }

  for (const node of document.nodes) {
    if (node.type !== 'buttons' && node.type !== 'list') continue;
    const choices =
      node.type === 'buttons'
        ? node.data.buttons
        : node.data.sections.flatMap((section) => section.rows);
    for (const choice of choices)
      if (!outlets.has(`${node.id}\n${choice.id}`))
        report('choice_without_edge', node.id, handleField(node, choice.id), {
          title: choice.title,
          item: node.type === 'buttons' ? 'button' : 'row',
        });
  }

  // Reachability from the start, a jump leading to its target as an edge does.
  if (starts.length > 0) {
    const reached = new Set(starts.map((start) => start.id));
    const queue = [...reached];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const node = nodes.get(id);
      const targets = [...(next.get(id) ?? [])];
      if (node?.type === 'jump' && ids.has(node.data.targetId)) targets.push(node.data.targetId);
      for (const target of targets)
        if (!reached.has(target)) {
          reached.add(target);
          queue.push(target);
        }
    }
    for (const node of document.nodes)
      if (!reached.has(node.id)) report('unreachable_node', node.id);
  }

  for (const nodeId of unguardedLoops(document.nodes, next)) report('unguarded_loop', nodeId);
  return issues;
}

// French messages ---------------------------------------------------------------------------------

const quoted = (value: string | number | undefined) => `«\u00a0${value ?? ''}\u00a0»`;

/** What a text field is called in a message (text_required, text_too_long). */
function textFieldName(field: string | null): string {
  if (field === 'prompt') return 'La question';
  if (field === 'media.caption') return 'La légende';
  if (field === 'retryMessage') return 'Le message de relance';
  if (field === 'message') return 'Le message';
  if (field !== null && /^actions\.\d+\.value$/.test(field)) return 'La valeur de l’attribut';
  return 'Le texte du message';
}

/** The issue in French, naming what is at fault (« Le bouton « Réessayer » dépasse 20 caractères (23). »). */
export function frenchIssueMessage(issue: FlowIssue): string {
  const { params: p } = issue;
  switch (issue.code) {
    case 'no_start':
      return 'Le parcours n’a pas d’étape de départ.';
    case 'several_starts':
      return 'Le parcours a plusieurs étapes de départ : gardez-en une seule.';
    case 'start_without_trigger':
      return 'Le départ n’a aucun déclencheur : indiquez ce qui lance le parcours.';
    case 'keyword_empty':
      return 'Le déclencheur par mots-clés n’a aucun mot-clé.';
    case 'dangling_edge':
      return 'Une liaison part d’une sortie ou mène à une étape qui n’existe plus : supprimez-la.';
    case 'handle_several_edges':
      return 'Une sortie de cette étape a plusieurs liaisons : gardez-en une seule.';
    case 'unreachable_node':
      return 'Aucun chemin ne mène à cette étape depuis le départ.';
    case 'choice_without_edge':
      return p.item === 'row'
        ? `La ligne ${quoted(p.title)} ne mène à aucune étape.`
        : `Le bouton ${quoted(p.title)} ne mène à aucune étape.`;
    case 'unguarded_loop':
      return 'Cette étape fait partie d’une boucle qui n’attend jamais le contact : ajoutez une question ou un saut limité.';
    case 'text_required':
      return `${textFieldName(issue.field)} est obligatoire.`;
    case 'text_too_long':
      return `${textFieldName(issue.field)} dépasse ${p.max} caractères (${p.length}).`;
    case 'header_too_long':
      return `L’en-tête dépasse ${p.max} caractères (${p.length}).`;
    case 'footer_too_long':
      return `Le pied de message dépasse ${p.max} caractères (${p.length}).`;
    case 'buttons_count':
      return `Un message à boutons en compte de ${p.min} à ${p.max} (ici ${p.count}).`;
    case 'button_title_empty':
      return `Le bouton n°\u00a0${p.index} n’a pas de titre.`;
    case 'button_title_too_long':
      return `Le bouton ${quoted(p.title)} dépasse ${p.max} caractères (${p.length}).`;
    case 'button_titles_duplicate':
      return `Deux boutons s’appellent ${quoted(p.title)} : donnez-leur des titres différents.`;
    case 'list_rows_count':
      return `Une liste compte de ${p.min} à ${p.max} lignes, chaque section au moins une (ici ${p.count}).`;
    case 'list_sections_count':
      return `Une liste compte au plus ${p.max} sections (ici ${p.count}).`;
    case 'list_button_label_invalid':
      return `Le libellé du bouton qui ouvre la liste doit compter de 1 à ${p.max} caractères (ici ${p.length}).`;
    case 'row_title_empty':
      return `La ligne n°\u00a0${p.index} n’a pas de titre.`;
    case 'row_title_too_long':
      return `La ligne ${quoted(p.title)} dépasse ${p.max} caractères (${p.length}).`;
    case 'row_description_too_long':
      return `La description de la ligne ${quoted(p.title)} dépasse ${p.max} caractères (${p.length}).`;
    case 'row_titles_duplicate':
      return `Deux lignes s’appellent ${quoted(p.title)} : donnez-leur des titres différents.`;
    case 'section_title_required':
      return `La section n°\u00a0${p.index} n’a pas de titre : il en faut un quand la liste a plusieurs sections.`;
    case 'section_title_too_long':
      return `Le titre de section ${quoted(p.title)} dépasse ${p.max} caractères (${p.length}).`;
    case 'media_url_invalid':
      return `L’adresse du fichier ${quoted(p.url)} n’est pas valide : elle doit commencer par https://.`;
    case 'ask_target_missing':
      return 'Indiquez l’attribut ou la variable où enregistrer la réponse.';
    case 'ask_pattern_invalid':
      return `L’expression régulière ${quoted(p.pattern)} n’est pas valide.`;
    case 'condition_without_branches':
      return 'La condition n’a aucune branche.';
    case 'rule_incomplete':
      return `Une règle de la branche ${quoted(p.branch)} est incomplète.`;
    case 'time_invalid':
      return `L’heure ${quoted(p.value)} n’est pas au format HH:MM (par exemple 08:30).`;
    case 'set_without_actions':
      return 'Cette étape n’a aucune action.';
    case 'attribute_name_invalid':
      return `Le nom ${quoted(p.name)} n’est pas valide : lettres, chiffres, _ et - seulement, ${ATTRIBUTE_KEY_MAX_LENGTH} caractères au plus.`;
    case 'tag_empty':
      return 'Indiquez l’étiquette.';
    case 'template_name_missing':
      return 'Choisissez le modèle de message à envoyer.';
    case 'http_url_invalid':
      return `L’adresse ${quoted(p.url)} n’est pas valide : elle doit commencer par https:// et ne contenir ni identifiant ni mot de passe.`;
    case 'http_save_invalid':
      return 'Chaque valeur à enregistrer demande un chemin dans la réponse et un nom de variable.';
    case 'wait_too_long':
      return 'Une attente dure au plus 23 heures, pour rester dans la fenêtre de 24 heures de WhatsApp.';
    case 'jump_target_missing':
      return 'Choisissez l’étape où aller (une autre que celle-ci).';
  }
}
