/**
 * Parser for the `filter` of a postgres_changes binding: `column=op.value`, op one of the classic
 * seven, several conditions joined by top-level commas meaning AND (what realtime-js's
 * `postgresChangesFilter()` builder emits). The value stays text: Postgres casts it to the
 * column's type when the subscription is validated and when rows are compared.
 */

export const FILTER_OPERATORS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'in'] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export interface FilterCondition {
  column: string;
  operator: FilterOperator;
  /** The scalar value; for `in`, a Postgres array literal such as `{a,b,"c d"}`. */
  value: string;
}

export type FilterParseResult =
  { ok: true; conditions: FilterCondition[] } | { ok: false; message: string };

const SQL_OPERATORS: Record<Exclude<FilterOperator, 'in'>, string> = {
  eq: '=',
  neq: '<>',
  lt: '<',
  lte: '<=',
  gt: '>',
  gte: '>=',
};

/**
 * SQL true when `columnSql` satisfies a condition whose value is the text `parameter` cast to
 * `sqlType` (a catalog type name, never user input); null when the column is NULL.
 */
export function conditionSql(
  columnSql: string,
  operator: FilterOperator,
  parameter: string,
  sqlType: string,
): string {
  return operator === 'in'
    ? `(${columnSql} = any(${parameter}::${sqlType}[]))`
    : `(${columnSql} ${SQL_OPERATORS[operator]} ${parameter}::${sqlType})`;
}

function isOperator(value: string): value is FilterOperator {
  return (FILTER_OPERATORS as readonly string[]).includes(value);
}

/** Splits on commas outside parentheses and double quotes (a quote opens after `.`, `(` or `,`). */
function splitTopLevel(filter: string): string[] {
  const segments: string[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  let previous = '';
  for (let i = 0; i < filter.length; i += 1) {
    const char = filter[i] as string;
    if (quoted) {
      if (char === '\\' && i + 1 < filter.length) {
        current += char + filter[i + 1];
        i += 1;
        continue;
      }
      if (char === '"') quoted = false;
      current += char;
    } else if (char === '"' && ['.', '(', ','].includes(previous)) {
      quoted = true;
      current += char;
    } else if (char === '(') {
      depth += 1;
      current += char;
    } else if (char === ')') {
      depth = Math.max(0, depth - 1);
      current += char;
    } else if (char === ',' && depth === 0) {
      segments.push(current);
      current = '';
    } else {
      current += char;
    }
    previous = char;
  }
  segments.push(current);
  return segments;
}

/** `"a \"b\""` → `a "b"`; anything that is not one well-formed quoted string stays as written. */
function unquote(value: string): string {
  if (!value.startsWith('"')) return value;
  let result = '';
  for (let i = 1; i < value.length; i += 1) {
    const char = value[i] as string;
    if (char === '\\' && i + 1 < value.length) {
      result += value[i + 1];
      i += 1;
    } else if (char === '"') {
      return i === value.length - 1 ? result : value;
    } else {
      result += char;
    }
  }
  return value;
}

function parseCondition(
  segment: string,
): { ok: true; condition: FilterCondition } | { ok: false; message: string } {
  const equals = segment.indexOf('=');
  const dot = segment.indexOf('.', equals + 1);
  if (equals <= 0 || dot < 0) {
    return { ok: false, message: `Error parsing \`filter\` params: ${JSON.stringify([segment])}` };
  }
  const column = segment.slice(0, equals);
  const operator = segment.slice(equals + 1, dot);
  const value = segment.slice(dot + 1);
  if (!isOperator(operator)) {
    return {
      ok: false,
      message: `Error parsing \`filter\` params: ${JSON.stringify([operator, value])}. Supported operators: ${FILTER_OPERATORS.join(', ')}`,
    };
  }
  if (operator !== 'in')
    return { ok: true, condition: { column, operator, value: unquote(value) } };
  if (value.length < 2 || !value.startsWith('(') || !value.endsWith(')')) {
    return {
      ok: false,
      message: 'Error parsing `filter` params: `in` filter value must be wrapped by parentheses',
    };
  }
  return { ok: true, condition: { column, operator, value: `{${value.slice(1, -1)}}` } };
}

export function parseFilter(filter: string | undefined): FilterParseResult {
  const trimmed = (filter ?? '').trim();
  if (trimmed === '') return { ok: true, conditions: [] };
  const conditions: FilterCondition[] = [];
  for (const segment of splitTopLevel(trimmed)) {
    const parsed = parseCondition(segment.trim());
    if (!parsed.ok) return parsed;
    conditions.push(parsed.condition);
  }
  return { ok: true, conditions };
}
