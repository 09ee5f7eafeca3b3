import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  listArguments,
  readInboxFilters,
  withInboxFilter,
  withoutInboxFilters,
} from './list-filters';

describe('the list’s filters in the address', () => {
  it('default to the caller’s view, open conversations, last activity', () => {
    expect(readInboxFilters(new URLSearchParams(), 'mine')).toEqual({
      view: 'mine',
      status: 'open',
      label: '',
      team: '',
      campaign: '',
      unread: false,
      search: '',
      sort: 'activity',
    });
  });

  it('are read back from what they write', () => {
    let params = new URLSearchParams();
    params = withInboxFilter(params, 'view', 'unassigned');
    params = withInboxFilter(params, 'status', 'resolved');
    params = withInboxFilter(params, 'unread', true);
    params = withInboxFilter(params, 'sort', 'waiting');
    params = withInboxFilter(params, 'search', 'awa');
    expect(params.toString()).toBe('vue=unassigned&statut=resolved&non-lues=1&tri=waiting&q=awa');
    expect(readInboxFilters(params, 'mine')).toMatchObject({
      view: 'unassigned',
      status: 'resolved',
      unread: true,
      sort: 'waiting',
      search: 'awa',
    });
    expect(activeFilterCount(readInboxFilters(params, 'mine'))).toBe(3);
  });

  it('leave defaults and unknown values out', () => {
    const params = withInboxFilter(
      new URLSearchParams('statut=snoozed&tri=waiting'),
      'status',
      'open',
    );
    expect(params.toString()).toBe('tri=waiting');
    expect(readInboxFilters(new URLSearchParams('vue=autre&statut=x'), 'all')).toMatchObject({
      view: 'all',
      status: 'open',
    });
    expect(
      withoutInboxFilters(
        new URLSearchParams('vue=all&statut=resolved&q=x&etiquette=vip'),
      ).toString(),
    ).toBe('vue=all&q=x');
  });
});

describe('what the list asks the server', () => {
  it('says the statuses, the filters and the search', () => {
    const filters = readInboxFilters(
      new URLSearchParams('statut=all&etiquette=VIP&q=%20awa%20'),
      'mine',
    );
    expect(listArguments(filters, 'org')).toEqual({
      organization_id: 'org',
      view: 'mine',
      statuses: ['open', 'pending', 'snoozed', 'resolved'],
      label: 'vip',
      team_id: undefined,
      campaign_id: undefined,
      unread_only: false,
      search: 'awa',
      sort: 'activity',
    });
  });

  it('asks the bot’s view for every pending conversation', () => {
    const filters = readInboxFilters(new URLSearchParams('vue=bot&statut=resolved'), 'mine');
    expect(listArguments(filters, 'org')).toMatchObject({ view: 'all', statuses: ['pending'] });
  });
});
