import { describe, expect, it } from 'vitest';
import { sql } from '../../../../test-support/database.ts';
import {
  criteriaFixtures,
  type CriteriaFixture,
} from '../../../../test-support/segment-criteria-fixtures.ts';
import { segmentCriteriaSchema } from './criteria.ts';

type DatabaseVerdict = { valid: true } | { valid: false; code: string; message: string };

/** What the database says of criteria: the check `segments.criteria` and the RPCs rely on. */
async function databaseVerdict(criteria: unknown): Promise<DatabaseVerdict> {
  try {
    const rows = await sql<{ valid: boolean }>(
      'select private.is_valid_segment($1::jsonb) as valid',
      [JSON.stringify(criteria)],
    );
    expect(rows).toEqual([{ valid: true }]);
    return { valid: true };
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    if (!code) throw error;
    return { valid: false, code, message: message ?? '' };
  }
}

async function expectSameVerdict(fixture: CriteriaFixture): Promise<void> {
  const database = await databaseVerdict(fixture.criteria);
  const zod = segmentCriteriaSchema.safeParse(fixture.criteria).success;
  expect({ zod, database: database.valid }).toEqual({
    zod: fixture.valid,
    database: fixture.valid,
  });
  if (!database.valid) {
    expect(database.code).toBe(fixture.sqlState ?? '22023');
    if (!fixture.sqlState) expect(database.message).toMatch(/^Critères de segment invalides/);
  }
}

describe('segment criteria: zod and private.is_valid_segment agree', () => {
  it.each(criteriaFixtures.map((fixture) => [fixture.name, fixture] as const))(
    '%s',
    (_name, fixture) => expectSameVerdict(fixture),
  );
});
