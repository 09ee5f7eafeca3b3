import { describe, expect, it } from 'vitest';
import { segmentCriteriaSchema } from '@shared/segments/criteria.ts';
import {
  effectiveFilters,
  filtersToSelection,
  hasActiveFilters,
  readContactFilters,
  withContactFilter,
  withoutContactFilters,
  type ContactFilters,
} from './contact-filters';

const none: ContactFilters = {
  search: '',
  tag: '',
  status: '',
  attributeKey: '',
  attributeValue: '',
  sort: 'recent',
};

describe('readContactFilters', () => {
  it('reads the French parameters of the address', () => {
    const params = new URLSearchParams(
      'q=mbarga&etiquette=vip&statut=opted_out&attribut=ville&valeur=Douala&tri=nom',
    );
    expect(readContactFilters(params)).toEqual({
      search: 'mbarga',
      tag: 'vip',
      status: 'opted_out',
      attributeKey: 'ville',
      attributeValue: 'Douala',
      sort: 'nom',
    });
  });

  it('falls back to no filter and the newest first for missing or unknown values', () => {
    expect(readContactFilters(new URLSearchParams('statut=peut-etre&tri=hasard'))).toEqual(none);
  });
});

describe('withContactFilter', () => {
  it('sets a value and drops empty ones and the default sort', () => {
    const params = new URLSearchParams('q=awa&tri=nom');
    expect(withContactFilter(params, 'tag', 'vip').toString()).toBe('q=awa&tri=nom&etiquette=vip');
    expect(withContactFilter(params, 'search', '').toString()).toBe('tri=nom');
    expect(withContactFilter(params, 'sort', 'recent').toString()).toBe('q=awa');
    // The original is left alone.
    expect(params.toString()).toBe('q=awa&tri=nom');
  });

  it('clears every filter but keeps the sort and unrelated parameters', () => {
    const params = new URLSearchParams(
      'q=a&etiquette=b&statut=opted_in&attribut=c&valeur=d&tri=nom&x=1',
    );
    expect(withoutContactFilters(params).toString()).toBe('tri=nom&x=1');
  });
});

describe('effectiveFilters and hasActiveFilters', () => {
  it('trims and ignores an attribute without its value', () => {
    const filters = { ...none, search: '  awa ', attributeKey: 'ville', attributeValue: '  ' };
    expect(effectiveFilters(filters)).toEqual({ ...none, search: 'awa' });
    expect(hasActiveFilters({ ...none, attributeKey: 'ville' })).toBe(false);
    expect(hasActiveFilters({ ...none, tag: ' ' })).toBe(false);
    expect(hasActiveFilters({ ...none, status: 'opted_in' })).toBe(true);
    expect(hasActiveFilters({ ...none, sort: 'nom' })).toBe(false);
  });
});

describe('filtersToSelection', () => {
  it('selects everyone without filters', () => {
    expect(filtersToSelection(none)).toEqual({
      criteria: { match: 'all', conditions: [] },
      search: null,
    });
  });

  it('turns tag, status and attribute into conditions that all must hold, and keeps the search', () => {
    const selection = filtersToSelection({
      search: ' Mbárga ',
      tag: ' vip ',
      status: 'opted_in',
      attributeKey: ' ville ',
      attributeValue: ' Douala ',
      sort: 'nom',
    });
    expect(selection).toEqual({
      criteria: {
        match: 'all',
        conditions: [
          { type: 'has_tag', tag: 'vip' },
          { type: 'opt_in_status', status: 'opted_in' },
          { type: 'attribute', key: 'ville', operator: 'equals', value: 'Douala' },
        ],
      },
      search: 'Mbárga',
    });
    // What the database's segment_condition accepts, as the shared schema says.
    expect(segmentCriteriaSchema.safeParse(selection.criteria).success).toBe(true);
  });

  it('leaves out an attribute key without a value', () => {
    expect(filtersToSelection({ ...none, attributeKey: 'ville' }).criteria.conditions).toEqual([]);
  });
});
