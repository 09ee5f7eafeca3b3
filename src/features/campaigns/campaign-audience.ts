import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { AUDIENCE_TAGS_MAX, SEGMENT_CONDITIONS_MAX } from '@shared/limits.ts';
import type { Json } from '../../lib/database.types';
import { isUuid } from '../../lib/uuid';

// Who a campaign goes to, as `campaigns.audience` stores it, and the same audience as segment
// criteria for the contact list RPCs (list_contacts, count_contacts), following the database's
// private.audience_criteria: a segment is its criteria, tags are « any of these tags », everyone is
// no criteria at all. Opted-out contacts are always left out of a send.

export const audienceKinds = ['all', 'segment', 'tags'] as const;
export type AudienceKind = (typeof audienceKinds)[number];

export const maxAudienceTags = AUDIENCE_TAGS_MAX;

export type CampaignAudience =
  { kind: 'all' } | { kind: 'segment'; segmentId: string } | { kind: 'tags'; tags: string[] };

const audienceKindLabels: Record<AudienceKind, MessageDescriptor> = {
  all: msg`Tous les contacts abonnés`,
  segment: msg`Un segment`,
  tags: msg`Des étiquettes`,
};

/** « Tous les contacts abonnés », « Un segment », « Des étiquettes ». */
export function audienceKindLabel(kind: AudienceKind): string {
  return i18n._(audienceKindLabels[kind]);
}

/** Segment criteria as the database reads them; conditions are passed on untouched. */
export type ContactCriteria = { match: 'all' | 'any'; conditions: Json[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The stored jsonb read defensively: what the database would refuse reads as « everyone ». */
export function readAudience(value: unknown): CampaignAudience {
  if (!isRecord(value)) return { kind: 'all' };
  if (value.kind === 'segment' && typeof value.segmentId === 'string') {
    return isUuid(value.segmentId)
      ? { kind: 'segment', segmentId: value.segmentId }
      : { kind: 'all' };
  }
  if (value.kind === 'tags' && Array.isArray(value.tags)) {
    const tags = value.tags.filter((tag): tag is string => typeof tag === 'string');
    return tags.length > 0 ? { kind: 'tags', tags } : { kind: 'all' };
  }
  return { kind: 'all' };
}

/** Criteria as stored in `segments.criteria`, or null when they are not criteria at all. */
export function readCriteria(value: unknown): ContactCriteria | null {
  if (!isRecord(value)) return null;
  if ((value.match !== 'all' && value.match !== 'any') || !Array.isArray(value.conditions)) {
    return null;
  }
  return { match: value.match, conditions: value.conditions as Json[] };
}

/**
 * The audience as criteria: null for every contact; undefined while a segment's criteria are not
 * known (not loaded yet, or the segment is gone).
 */
export function audienceCriteria(
  audience: CampaignAudience,
  segmentCriteria?: ContactCriteria | null,
): ContactCriteria | null | undefined {
  switch (audience.kind) {
    case 'all':
      return null;
    case 'segment':
      return segmentCriteria ?? undefined;
    case 'tags':
      return {
        match: 'any',
        conditions: audience.tags.map((tag) => ({ type: 'has_tag', tag })),
      };
  }
}

const optedIn: Json = { type: 'opt_in_status', status: 'opted_in' };
// The database's limit on conditions per criteria (private.segment_condition).
const maxConditions = SEGMENT_CONDITIONS_MAX;

function isOptedInCondition(condition: Json): boolean {
  return (
    isRecord(condition) && condition.type === 'opt_in_status' && condition.status === 'opted_in'
  );
}

/**
 * The criteria that list the contacts a send could reach, for the preview: the audience's, with
 * opted-out contacts left out by the database when the criteria can say so (they have no nesting:
 * only « all » criteria, or « any » with at most one condition, take one more condition). When
 * they cannot, `optedOutExcluded` is false and the caller skips opted-out contacts itself.
 */
export function previewSelection(criteria: ContactCriteria | null): {
  criteria: ContactCriteria;
  optedOutExcluded: boolean;
} {
  if (criteria === null)
    return { criteria: { match: 'all', conditions: [optedIn] }, optedOutExcluded: true };
  const { match, conditions } = criteria;
  if ((match === 'all' || conditions.length <= 1) && conditions.some(isOptedInCondition)) {
    return { criteria: { match: 'all', conditions }, optedOutExcluded: true };
  }
  if (match === 'any' && conditions.length > 1) return { criteria, optedOutExcluded: false };
  if (conditions.length >= maxConditions) return { criteria, optedOutExcluded: false };
  return {
    criteria: { match: 'all', conditions: [...conditions, optedIn] },
    optedOutExcluded: true,
  };
}

/**
 * Who the campaign goes to, in words. `segmentName` is null when the segment is unknown to the
 * caller (deleted since): the summary then says so.
 */
export function audienceSummary(audience: CampaignAudience, segmentName: string | null): string {
  switch (audience.kind) {
    case 'all':
      return audienceKindLabel('all');
    case 'segment':
      return segmentName === null ? t`Un segment supprimé depuis` : t`Segment « ${segmentName} »`;
    case 'tags': {
      if (audience.tags.length === 1) {
        const tag = audience.tags[0] ?? '';
        return t`Contacts avec l’étiquette « ${tag} »`;
      }
      const tags = audience.tags.map((tag) => t`« ${tag} »`).join(', ');
      return t`Contacts avec l’une des étiquettes : ${tags}`;
    }
  }
}
