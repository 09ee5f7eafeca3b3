import { describe, expect, it } from 'vitest';
import {
  audienceCriteria,
  audienceSummary,
  previewSelection,
  readAudience,
  readCriteria,
  type ContactCriteria,
} from './campaign-audience';

const segmentId = 'e0000000-0000-4000-8000-000000000001';
const douala: ContactCriteria = {
  match: 'all',
  conditions: [
    { type: 'has_tag', tag: 'assurés' },
    { type: 'attribute', key: 'ville', operator: 'equals', value: 'Douala' },
  ],
};
const optedIn = { type: 'opt_in_status', status: 'opted_in' };

describe('readAudience', () => {
  it('reads the three kinds the database accepts', () => {
    expect(readAudience({ kind: 'all' })).toEqual({ kind: 'all' });
    expect(readAudience({ kind: 'segment', segmentId })).toEqual({ kind: 'segment', segmentId });
    expect(readAudience({ kind: 'tags', tags: ['vip', 'relance'] })).toEqual({
      kind: 'tags',
      tags: ['vip', 'relance'],
    });
  });

  it('reads anything else as everyone', () => {
    expect(readAudience(null)).toEqual({ kind: 'all' });
    expect(readAudience({ kind: 'segment', segmentId: 'nope' })).toEqual({ kind: 'all' });
    expect(readAudience({ kind: 'tags', tags: [] })).toEqual({ kind: 'all' });
    expect(readAudience({ kind: 'tags', tags: [1, 'vip'] })).toEqual({
      kind: 'tags',
      tags: ['vip'],
    });
    expect(readAudience(['all'])).toEqual({ kind: 'all' });
  });
});

describe('readCriteria', () => {
  it('keeps criteria and refuses what is not', () => {
    expect(readCriteria(douala)).toEqual(douala);
    expect(readCriteria({ match: 'some', conditions: [] })).toBeNull();
    expect(readCriteria({ match: 'all' })).toBeNull();
    expect(readCriteria('all')).toBeNull();
  });
});

describe('audienceCriteria', () => {
  it('gives no criteria for everyone', () => {
    expect(audienceCriteria({ kind: 'all' })).toBeNull();
  });

  it('gives the segment’s criteria, unknown until they are loaded', () => {
    expect(audienceCriteria({ kind: 'segment', segmentId }, douala)).toEqual(douala);
    expect(audienceCriteria({ kind: 'segment', segmentId })).toBeUndefined();
    expect(audienceCriteria({ kind: 'segment', segmentId }, null)).toBeUndefined();
  });

  it('gives « any of these tags » for tags, as the database does', () => {
    expect(audienceCriteria({ kind: 'tags', tags: ['vip', 'relance'] })).toEqual({
      match: 'any',
      conditions: [
        { type: 'has_tag', tag: 'vip' },
        { type: 'has_tag', tag: 'relance' },
      ],
    });
  });
});

describe('previewSelection', () => {
  it('asks the database for opted-in contacts when everyone is the audience', () => {
    expect(previewSelection(null)).toEqual({
      criteria: { match: 'all', conditions: [optedIn] },
      optedOutExcluded: true,
    });
  });

  it('adds the opt-in condition to « all » criteria', () => {
    expect(previewSelection(douala)).toEqual({
      criteria: { match: 'all', conditions: [...douala.conditions, optedIn] },
      optedOutExcluded: true,
    });
  });

  it('turns « any » with one condition into « all » with the opt-in condition', () => {
    expect(
      previewSelection({ match: 'any', conditions: [{ type: 'has_tag', tag: 'vip' }] }),
    ).toEqual({
      criteria: { match: 'all', conditions: [{ type: 'has_tag', tag: 'vip' }, optedIn] },
      optedOutExcluded: true,
    });
    expect(previewSelection({ match: 'any', conditions: [] })).toEqual({
      criteria: { match: 'all', conditions: [optedIn] },
      optedOutExcluded: true,
    });
  });

  it('does not add the condition twice', () => {
    const already: ContactCriteria = { match: 'all', conditions: [optedIn] };
    expect(previewSelection(already)).toEqual({ criteria: already, optedOutExcluded: true });
  });

  it('leaves « any » of several conditions alone: the caller skips opted-out contacts', () => {
    const tags = audienceCriteria({ kind: 'tags', tags: ['vip', 'relance'] })!;
    expect(previewSelection(tags)).toEqual({ criteria: tags, optedOutExcluded: false });
  });

  it('stays within the database’s 20 conditions', () => {
    const full: ContactCriteria = {
      match: 'all',
      conditions: Array.from({ length: 20 }, (_, index) => ({ type: 'has_tag', tag: `t${index}` })),
    };
    expect(previewSelection(full)).toEqual({ criteria: full, optedOutExcluded: false });
  });
});

describe('audienceSummary', () => {
  it('says who the campaign goes to', () => {
    expect(audienceSummary({ kind: 'all' }, null)).toBe('Tous les contacts abonnés');
    expect(audienceSummary({ kind: 'segment', segmentId }, 'Assurés de Douala')).toBe(
      'Segment « Assurés de Douala »',
    );
    expect(audienceSummary({ kind: 'tags', tags: ['vip'] }, null)).toBe(
      'Contacts avec l’étiquette « vip »',
    );
    expect(audienceSummary({ kind: 'tags', tags: ['vip', 'douala'] }, null)).toBe(
      'Contacts avec l’une des étiquettes : « vip », « douala »',
    );
  });

  it('says when the segment is gone', () => {
    expect(audienceSummary({ kind: 'segment', segmentId }, null)).toBe(
      'Un segment supprimé depuis',
    );
  });
});
