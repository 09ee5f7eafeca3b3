import fs from 'node:fs';
import path from 'node:path';

const fixturesDir = path.join(import.meta.dirname, '../../scripts/sandbox/wati/fixtures');

/** A fixture without its `_source` note (where in the reference it comes from). */
export function fixture(name: string): Record<string, unknown> {
  const text = fs.readFileSync(path.join(fixturesDir, `${name}.json`), 'utf8');
  const shape = JSON.parse(text) as Record<string, unknown>;
  delete shape._source;
  return shape;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/**
 * Where `actual` departs from the fixture's shape: the same keys at every level and the same JSON
 * types. A null in the fixture accepts any value (the field is nullable or loosely typed); array
 * items are compared with the fixture's first item.
 */
export function shapeDifferences(actual: unknown, expected: unknown, at = '$'): string[] {
  if (expected === null) return [];
  if (kindOf(actual) !== kindOf(expected)) {
    return [`${at}: expected ${kindOf(expected)}, got ${kindOf(actual)}`];
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const [model] = expected;
    if (model === undefined) return [];
    return actual.flatMap((item, index) => shapeDifferences(item, model, `${at}[${index}]`));
  }
  if (kindOf(expected) !== 'object') return [];
  const want = expected as Record<string, unknown>;
  const got = actual as Record<string, unknown>;
  const missing = Object.keys(want)
    .filter((key) => !(key in got))
    .map((key) => `${at}.${key}: missing`);
  const extra = Object.keys(got)
    .filter((key) => !(key in want))
    .map((key) => `${at}.${key}: not in the reference`);
  const nested = Object.keys(want)
    .filter((key) => key in got)
    .flatMap((key) => shapeDifferences(got[key], want[key], `${at}.${key}`));
  return [...missing, ...extra, ...nested];
}
