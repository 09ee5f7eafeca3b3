/**
 * The part of Go's html/template that Supabase's email templates use (supabase/templates/*.html):
 * `{{ .Field }}` and `{{ .Data.key }}` (HTML-escaped, a missing key printing nothing),
 * `{{ if … }}`/`{{ else if … }}`/`{{ else }}`/`{{ end }}` with `eq`, `ne`, `not`, `and`, `or`,
 * string literals, `{{- … -}}` whitespace trimming and comments. Anything else is a
 * syntax error, so that a template the local Auth cannot render fails loudly instead of differing
 * from GoTrue's output.
 */

export type TemplateData = Record<string, unknown>;

type Expr =
  | { kind: 'path'; path: string[] }
  | { kind: 'string'; value: string }
  | { kind: 'call'; name: string; args: Expr[] };

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'print'; expr: Expr }
  | { kind: 'if'; branches: { condition: Expr; body: Node[] }[]; otherwise: Node[] };

export class TemplateError extends Error {
  constructor(message: string) {
    super(`template: ${message}`);
    this.name = 'TemplateError';
  }
}

const ACTION = /\{\{(-\s)?([\s\S]*?)(\s-)?\}\}/g;
/** The functions templates may call, with their fewest and most arguments. */
const ARITY: Record<string, [number, number]> = {
  eq: [2, Infinity],
  ne: [2, 2],
  not: [1, 1],
  and: [1, Infinity],
  or: [1, Infinity],
};

type Token = { kind: 'text'; text: string } | { kind: 'action'; source: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of source.matchAll(ACTION)) {
    let text = source.slice(last, match.index);
    if (match[1]) text = text.trimEnd();
    tokens.push({ kind: 'text', text });
    tokens.push({ kind: 'action', source: match[2]!.trim() });
    last = match.index + match[0].length;
    if (match[3]) {
      const rest = source.slice(last);
      last += rest.length - rest.trimStart().length;
    }
  }
  tokens.push({ kind: 'text', text: source.slice(last) });
  return tokens.filter((token) => token.kind !== 'text' || token.text !== '');
}

/** Splits `eq .Data.language "en"` into words, keeping quoted strings whole. */
function words(source: string): string[] {
  const found = source.match(/"(?:[^"\\]|\\.)*"|[^\s"]+/g) ?? [];
  if (found.join('').length !== source.replace(/\s+/g, '').length) {
    throw new TemplateError(`unterminated string in "${source}"`);
  }
  return found;
}

function operand(word: string): Expr {
  if (word.startsWith('"')) {
    try {
      return { kind: 'string', value: JSON.parse(word) as string };
    } catch {
      throw new TemplateError(`bad string ${word}`);
    }
  }
  if (/^(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(word)) {
    return { kind: 'path', path: word.slice(1).split('.') };
  }
  throw new TemplateError(`unsupported operand "${word}"`);
}

function expression(source: string): Expr {
  const [first, ...rest] = words(source);
  if (first === undefined) throw new TemplateError('missing value for command');
  if (Object.hasOwn(ARITY, first)) {
    const args = rest.map(operand);
    const [min, max] = ARITY[first]!;
    if (args.length < min || args.length > max) {
      throw new TemplateError(`wrong number of args for ${first}`);
    }
    return { kind: 'call', name: first, args };
  }
  if (rest.length > 0) throw new TemplateError(`unsupported command "${source}"`);
  return operand(first);
}

function parse(tokens: Token[]): Node[] {
  let position = 0;
  const block = (closers: string[]): { nodes: Node[]; closer: string } => {
    const nodes: Node[] = [];
    while (position < tokens.length) {
      const token = tokens[position++]!;
      if (token.kind === 'text') {
        nodes.push({ kind: 'text', text: token.text });
        continue;
      }
      const action = token.source;
      if (action.startsWith('/*')) {
        if (!action.endsWith('*/')) throw new TemplateError('unclosed comment');
        continue;
      }
      const keyword = action.split(/\s+/)[0]!;
      if (keyword === 'end' || keyword === 'else') {
        if (!closers.includes(keyword)) throw new TemplateError(`unexpected {{${action}}}`);
        return { nodes, closer: action };
      }
      if (keyword === 'if') {
        nodes.push(conditional(action.slice(2)));
        continue;
      }
      if (/^(range|with|define|template|block)$/.test(keyword)) {
        throw new TemplateError(`{{${keyword}}} is not supported by the local Auth service`);
      }
      nodes.push({ kind: 'print', expr: expression(action) });
    }
    if (closers.length > 0) throw new TemplateError('unexpected EOF: missing {{end}}');
    return { nodes, closer: '' };
  };
  const conditional = (firstCondition: string): Node => {
    const branches: { condition: Expr; body: Node[] }[] = [];
    let condition = expression(firstCondition);
    for (;;) {
      const { nodes, closer } = block(['else', 'end']);
      branches.push({ condition, body: nodes });
      if (closer === 'end') return { kind: 'if', branches, otherwise: [] };
      const elseIf = /^else\s+if\s+([\s\S]+)$/.exec(closer);
      if (elseIf) {
        condition = expression(elseIf[1]!);
        continue;
      }
      if (closer !== 'else') throw new TemplateError(`unexpected {{${closer}}}`);
      const otherwise = block(['end']);
      return { kind: 'if', branches, otherwise: otherwise.nodes };
    }
  };
  return block([]).nodes;
}

function lookup(data: TemplateData, path: string[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || value === undefined) return undefined;
    if (typeof value !== 'object') throw new TemplateError(`can't evaluate field ${key}`);
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Go's truth: false, 0, nil and empty strings, slices and maps are false. */
function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') {
    return false;
  }
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** Go's `eq`: a missing value equals nothing; values of different kinds cannot be compared. */
function equal(a: unknown, b: unknown): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return false;
  if (typeof a !== typeof b || typeof a === 'object') {
    throw new TemplateError('error calling eq: incompatible types for comparison');
  }
  return a === b;
}

function evaluate(expr: Expr, data: TemplateData): unknown {
  if (expr.kind === 'string') return expr.value;
  if (expr.kind === 'path') return lookup(data, expr.path);
  const args = expr.args.map((arg) => evaluate(arg, data));
  switch (expr.name) {
    case 'eq':
      return args.slice(1).some((other) => equal(args[0], other));
    case 'ne':
      return !equal(args[0], args[1]);
    case 'not':
      return !truthy(args[0]);
    case 'and':
      return args.find((arg) => !truthy(arg)) ?? args[args.length - 1];
    default:
      return args.find(truthy) ?? args[args.length - 1];
  }
}

/**
 * Byte for byte as Go's html/template escapes text (`&#34;` for a double quote), so that the mail
 * the local Auth sends is the mail GoTrue would send.
 */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&#34;');
}

function printed(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function render(nodes: Node[], data: TemplateData): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return node.text;
      if (node.kind === 'print') return escapeHtml(printed(evaluate(node.expr, data)));
      const branch = node.branches.find(({ condition }) => truthy(evaluate(condition, data)));
      return render(branch ? branch.body : node.otherwise, data);
    })
    .join('');
}

/** Parses once; the returned function renders with the given data (and may throw TemplateError). */
export function compileTemplate(source: string): (data: TemplateData) => string {
  const nodes = parse(tokenize(source));
  return (data) => render(nodes, data);
}
