import { describe, expect, it } from 'vitest';
import { fillCannedReply, matchCannedReplies } from './canned-replies';
import type { CannedReply } from './types';

const context = {
  contact: {
    name: 'Awa Ndjock',
    phone: '+237690000001',
    attributes: { ville: 'Douala', dossier: 421, vide: null },
  },
  agent: { name: 'Paul Mbarga' },
};

describe('canned reply variables', () => {
  it('are filled for the contact and the agent', () => {
    expect(
      fillCannedReply(
        'Bonjour {{contact.name}}, ici {{ agent.name }}. Votre numéro : {{contact.phone}}, ville : {{contact.ville}}, dossier {{contact.dossier}}.',
        context,
      ),
    ).toBe(
      'Bonjour Awa Ndjock, ici Paul Mbarga. Votre numéro : +237690000001, ville : Douala, dossier 421.',
    );
  });

  it('become empty when the contact has no value', () => {
    expect(
      fillCannedReply('[{{contact.centre}}][{{contact.vide}}][{{agent.email}}]', context),
    ).toBe('[][][]');
    expect(
      fillCannedReply('Bonjour {{contact.name}}', {
        ...context,
        contact: { ...context.contact, name: null },
      }),
    ).toBe('Bonjour ');
  });

  it('leave other braces alone', () => {
    expect(fillCannedReply('Code {{1}} et {{ticket.id}}', context)).toBe(
      'Code {{1}} et {{ticket.id}}',
    );
  });

  it('never read inherited properties as attributes', () => {
    expect(fillCannedReply('{{contact.constructor}}{{contact.__proto__}}', context)).toBe('');
  });
});

describe('matching canned replies', () => {
  const replies: CannedReply[] = [
    {
      id: '1',
      short_code: 'horaires',
      content: 'Nous sommes ouverts de 8 h à 17 h.',
      attachment_url: null,
    },
    { id: '2', short_code: 'merci', content: 'Merci pour votre message.', attachment_url: null },
    { id: '3', short_code: 'rdv-horaire', content: 'Votre rendez-vous…', attachment_url: null },
    {
      id: '4',
      short_code: 'plan',
      content: 'Voici le plan d’accès.',
      attachment_url: 'https://exemple.cm/plan.pdf',
    },
  ];

  it('puts short codes starting with what is typed first', () => {
    expect(matchCannedReplies(replies, 'hor').map((reply) => reply.id)).toEqual(['1', '3']);
  });

  it('offers them all after a bare « / », up to the limit', () => {
    expect(matchCannedReplies(replies, '')).toHaveLength(4);
    expect(matchCannedReplies(replies, '', 2)).toHaveLength(2);
  });

  it('finds words of the content too', () => {
    expect(matchCannedReplies(replies, 'acces').map((reply) => reply.id)).toEqual(['4']);
  });
});
