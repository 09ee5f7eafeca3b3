import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { segmentNameMaxLength, type CampaignOutcome } from '@shared/segments/criteria.ts';
import { campaignOutcomeLabel } from '../../../domain/campaigns/outcome-labels';

// Retargeting: a segment of the campaign's contacts by what they did with the message. The
// outcomes are the segment criteria's (shared with the database); this page orders them, names
// them in the reader's language and explains each one.

/** The outcomes in the order the menu offers them: the most useful follow-ups first. */
export const retargetingOutcomes = [
  'read_no_reply',
  'delivered_unread',
  'not_delivered',
  'failed',
  'replied',
  'read',
  'delivered',
  'sent',
] as const satisfies readonly CampaignOutcome[];

const outcomeDescriptions: Record<CampaignOutcome, MessageDescriptor> = {
  sent: msg`Les contacts à qui le message est parti.`,
  delivered: msg`Les contacts dont le téléphone a reçu le message.`,
  read: msg`Les contacts qui ont lu le message, qu’ils aient répondu ou non.`,
  replied: msg`Les contacts qui ont répondu au message.`,
  read_no_reply: msg`Les contacts qui ont lu le message sans y répondre.`,
  delivered_unread: msg`Les contacts qui ont reçu le message sans l’ouvrir.`,
  not_delivered: msg`Les contacts dont le message, remis à Wati, n’a pas atteint le téléphone.`,
  failed: msg`Les contacts dont l’envoi a échoué.`,
};

/** « Lu sans réponse », for a menu option. */
export function outcomeTitle(outcome: CampaignOutcome): string {
  const label = campaignOutcomeLabel(outcome);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export function outcomeDescription(outcome: CampaignOutcome): string {
  return i18n._(outcomeDescriptions[outcome]);
}

/** « <campagne> — lu sans réponse », the campaign's name shortened with « … » to fit. */
export function defaultSegmentName(campaignName: string, outcome: CampaignOutcome): string {
  const suffix = ` — ${campaignOutcomeLabel(outcome)}`;
  const name = Array.from(campaignName.trim());
  const room = segmentNameMaxLength - Array.from(suffix).length;
  const shortened =
    name.length > room
      ? `${name
          .slice(0, room - 1)
          .join('')
          .trimEnd()}…`
      : name.join('');
  return `${shortened}${suffix}`;
}
