import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { CampaignOutcome } from '@shared/segments/criteria.ts';

// What a contact did with a campaign's message, lower case to sit in a sentence or a segment's
// name (« Rappel — lu sans réponse »): the same words in segment criteria and in retargeting.
const labels: Record<CampaignOutcome, MessageDescriptor> = {
  sent: msg`envoyé`,
  delivered: msg`délivré`,
  read: msg`lu`,
  replied: msg`a répondu`,
  read_no_reply: msg`lu sans réponse`,
  delivered_unread: msg`délivré non lu`,
  not_delivered: msg`non délivré`,
  failed: msg`échec`,
};

export function campaignOutcomeLabel(outcome: CampaignOutcome): string {
  return i18n._(labels[outcome]);
}
