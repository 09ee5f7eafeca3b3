import { describe, expect, it } from 'vitest';
import { matchMembers, mentionedIds } from './mentions';
import type { InboxMember } from './types';

const members: InboxMember[] = [
  { userId: 'a', role: 'agent', name: 'Awa Ndjock' },
  { userId: 'b', role: 'admin', name: 'Paul Mbarga' },
  { userId: 'c', role: 'viewer', name: 'Aïcha Bello' },
  { userId: 'd', role: 'owner', name: 'Élise Atangana' },
];

describe('mentions', () => {
  it('offer those who answer, by the start of any word of their name', () => {
    expect(matchMembers(members, 'mba').map((member) => member.userId)).toEqual(['b']);
    expect(matchMembers(members, 'a').map((member) => member.userId)).toEqual(['a', 'd']);
    expect(matchMembers(members, 'eli').map((member) => member.userId)).toEqual(['d']);
  });

  it('never offer the author or a viewer', () => {
    expect(matchMembers(members, '', 'a').map((member) => member.userId)).toEqual(['b', 'd']);
    expect(matchMembers(members, 'aic')).toEqual([]);
  });

  it('notify only those still named in the note', () => {
    const chosen = [members[0]!, members[1]!];
    expect(mentionedIds('@Awa Ndjock peux-tu rappeler ?', chosen)).toEqual(['a']);
    expect(mentionedIds('@Awa Ndjock et @Paul Mbarga', [...chosen, members[0]!])).toEqual([
      'a',
      'b',
    ]);
  });
});
