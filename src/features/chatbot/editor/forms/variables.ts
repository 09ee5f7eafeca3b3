import type { FlowDocument } from '@shared/bot/flow.ts';

// `{{name}}` reads, in this order, the contact's own fields, the session's variables (answers
// kept as variables, HTTP results) and the contact's attributes (supabase/functions/_shared/bot/
// variables.ts).

/** `{{name}}` as a text names it. */
export function variableToken(name: string): string {
  return `{{${name}}}`;
}

/** Whether `{{name}}` can name it: no brace, at most 64 characters, as the engine reads them. */
export function isNameable(name: string): boolean {
  return /^[^{}]{1,64}$/.test(name) && name.trim() === name;
}

/** Session variables the flow fills: answers kept as variables, HTTP results, set variables. */
export function flowVariables(doc: FlowDocument): string[] {
  const names = new Set<string>();
  for (const node of doc.nodes) {
    if (node.type === 'ask' && node.data.target.scope === 'variable')
      names.add(node.data.target.name);
    if (node.type === 'http') for (const save of node.data.save) names.add(save.variable);
    if (node.type === 'set')
      for (const action of node.data.actions)
        if (action.kind === 'set_variable') names.add(action.name);
  }
  names.delete('');
  return [...names].sort((a, b) => a.localeCompare(b));
}
