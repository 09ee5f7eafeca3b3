import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import {
  maxAttributeKeyLength,
  maxAttributeValueLength,
  maxConditions,
  maxTagLength,
  type AttributeOperator,
  type ConditionType,
  type MatchMode,
  type OptInStatus,
} from '@shared/segments/criteria.ts';

// The words of segment criteria in the reader's language. The shared schema
// (supabase/functions/_shared/segments/criteria.ts) keeps its own French tables for the Edge
// Functions; the interface reads these instead.

const matchModeLabels: Record<MatchMode, MessageDescriptor> = {
  all: msg`Tous les critères`,
  any: msg`Au moins un critère`,
};

const conditionTypeLabels: Record<ConditionType, MessageDescriptor> = {
  has_tag: msg`A l’étiquette`,
  lacks_tag: msg`N’a pas l’étiquette`,
  attribute: msg`Attribut`,
  opt_in_status: msg`Consentement`,
  created_between: msg`Ajouté entre`,
  country: msg`Pays du numéro`,
  campaign_outcome: msg`Résultat d’une campagne`,
};

const attributeOperatorLabels: Record<AttributeOperator, MessageDescriptor> = {
  equals: msg`est égal à`,
  contains: msg`contient`,
  exists: msg`est renseigné`,
  greater: msg`est supérieur à`,
  less: msg`est inférieur à`,
};

const optInStatusLabels: Record<OptInStatus, MessageDescriptor> = {
  opted_in: msg`Abonné (accepte les messages)`,
  opted_out: msg`Désabonné (ne reçoit plus rien)`,
};

/** « Tous les critères », « Au moins un critère ». */
export function matchModeLabel(mode: MatchMode): string {
  return i18n._(matchModeLabels[mode]);
}

/** The options of a condition's type select: « A l’étiquette », « Attribut »… */
export function conditionTypeLabel(type: ConditionType): string {
  return i18n._(conditionTypeLabels[type]);
}

/** The options of the comparison select: « est égal à », « contient »… */
export function attributeOperatorLabel(operator: AttributeOperator): string {
  return i18n._(attributeOperatorLabels[operator]);
}

/** The options of the consent select. */
export function optInStatusLabel(status: OptInStatus): string {
  return i18n._(optInStatusLabels[status]);
}

// The shared schema's messages are French (the Edge Functions answer in French); the builder shows
// them in the reader's language through this table, keyed by the exact French text. A message
// missing here is shown as it came (French): criteria-labels.test.ts drives the shared schema into
// each of its refusals and checks that every message it gives is known here.
/* eslint-disable lingui/no-unlocalized-strings -- the keys are the shared schema's French messages, matched, never shown */
const criteriaMessages = new Map<string, MessageDescriptor>([
  [
    'Ce texte contient un caractère non autorisé.',
    msg`Ce texte contient un caractère non autorisé.`,
  ],
  ['Indiquez l’étiquette.', msg`Indiquez l’étiquette.`],
  [
    `L’étiquette compte ${maxTagLength} caractères au plus.`,
    msg`L’étiquette compte ${maxTagLength} caractères au plus.`,
  ],
  ['Indiquez l’attribut.', msg`Indiquez l’attribut.`],
  [
    `Le nom de l’attribut compte ${maxAttributeKeyLength} caractères au plus.`,
    msg`Le nom de l’attribut compte ${maxAttributeKeyLength} caractères au plus.`,
  ],
  ['Indiquez la valeur.', msg`Indiquez la valeur.`],
  [
    `La valeur compte ${maxAttributeValueLength} caractères au plus.`,
    msg`La valeur compte ${maxAttributeValueLength} caractères au plus.`,
  ],
  ['Indiquez un nombre.', msg`Indiquez un nombre.`],
  ['Indiquez le texte à chercher.', msg`Indiquez le texte à chercher.`],
  ['Choisissez une comparaison.', msg`Choisissez une comparaison.`],
  ['Date au format AAAA-MM-JJ attendue.', msg`Date au format AAAA-MM-JJ attendue.`],
  ['Cette date n’existe pas.', msg`Cette date n’existe pas.`],
  ['Indiquez au moins une date.', msg`Indiquez au moins une date.`],
  ['Choisissez un statut de consentement.', msg`Choisissez un statut de consentement.`],
  ['Choisissez un pays.', msg`Choisissez un pays.`],
  ['Choisissez une campagne.', msg`Choisissez une campagne.`],
  ['Choisissez un résultat de campagne.', msg`Choisissez un résultat de campagne.`],
  ['Choisissez un type de condition.', msg`Choisissez un type de condition.`],
  [
    'Choisissez « Tous les critères » ou « Au moins un critère ».',
    msg`Choisissez « Tous les critères » ou « Au moins un critère ».`,
  ],
  ['La liste des conditions manque.', msg`La liste des conditions manque.`],
  [
    `Un segment compte ${maxConditions} conditions au plus.`,
    msg`Un segment compte ${maxConditions} conditions au plus.`,
  ],
  ['Critères de segment illisibles.', msg`Critères de segment illisibles.`],
]);
/* eslint-enable lingui/no-unlocalized-strings */

/** Whether a message of the shared schema has its entry in the catalogue. */
export function isKnownCriteriaMessage(message: string): boolean {
  return criteriaMessages.has(message);
}

/**
 * A validation message in the reader's language: the shared schema's French ones are looked up;
 * the form's own messages are already translated and come back unchanged.
 */
export function localizeCriteriaMessage(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const descriptor = criteriaMessages.get(message);
  return descriptor ? i18n._(descriptor) : message;
}
