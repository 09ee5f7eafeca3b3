import { describe, expect, it } from 'vitest';
import type { Plan } from './api';
import { planFeatures } from './plan-features';

const plan = (overrides: Partial<Plan>): Plan => ({
  id: 'starter',
  name: 'Starter',
  price_xaf: 75000,
  contacts_limit: 5000,
  messages_per_month: 10000,
  agents_limit: 2,
  sort_order: 1,
  ...overrides,
});

describe('planFeatures', () => {
  it('lists the quotas with French grouping', () => {
    expect(planFeatures(plan({}))).toEqual([
      '5\u202f000 contacts',
      '10\u202f000 messages par mois',
      '2 agents',
    ]);
  });

  it('says « illimité » for a missing limit and agrees « agent » in number', () => {
    expect(
      planFeatures(plan({ messages_per_month: null, agents_limit: 1, contacts_limit: null })),
    ).toEqual(['Contacts illimités', 'Messages illimités', '1 agent']);
    expect(
      planFeatures(plan({ contacts_limit: 1, messages_per_month: 1, agents_limit: null })),
    ).toEqual(['1 contact', '1 message par mois', 'Agents illimités']);
  });
});
