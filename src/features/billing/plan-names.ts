import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';

// WCAP's plans by code (plans.id), named in the reader's language; the database's `name` is
// English and only a fallback for a plan added since.
const planNames: Record<string, MessageDescriptor> = {
  starter: msg({ message: 'Essentiel', context: 'plan' }),
  professional: msg({ message: 'Professionnel', context: 'plan' }),
  enterprise: msg({ message: 'Entreprise', context: 'plan' }),
};

/** « Essentiel » for `starter`; an unknown plan keeps the given name, else its code. */
export function planName(planId: string, fallback?: string): string {
  const name = planNames[planId];
  return name ? i18n._(name) : (fallback ?? planId);
}
