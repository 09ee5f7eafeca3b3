import { describe, expect, it } from 'vitest';
import { checkFlowName, FLOW_NAME_MAX } from './flow-name';

describe('checkFlowName', () => {
  it('trims the name', () => {
    expect(checkFlowName('  Accueil  ')).toEqual({ name: 'Accueil' });
  });

  it('refuses an empty name', () => {
    expect(checkFlowName('   ')).toHaveProperty('error');
  });

  it('counts characters as Postgres does, emoji included', () => {
    expect(checkFlowName('é'.repeat(FLOW_NAME_MAX))).toEqual({ name: 'é'.repeat(FLOW_NAME_MAX) });
    expect(checkFlowName('👋'.repeat(FLOW_NAME_MAX))).toHaveProperty('name');
    expect(checkFlowName('a'.repeat(FLOW_NAME_MAX + 1))).toHaveProperty('error');
  });
});
