import { plural, t } from '@lingui/core/macro';
import type { Plan } from './api';

/** What a plan includes, one line each, as the comparison lists them. */
export function planFeatures(plan: Plan): string[] {
  const contacts = plan.contacts_limit;
  const messages = plan.messages_per_month;
  const agents = plan.agents_limit;
  return [
    contacts === null
      ? t`Contacts illimités`
      : plural(contacts, { one: '# contact', other: '# contacts' }),
    messages === null
      ? t`Messages illimités`
      : plural(messages, { one: '# message par mois', other: '# messages par mois' }),
    agents === null ? t`Agents illimités` : plural(agents, { one: '# agent', other: '# agents' }),
  ];
}
