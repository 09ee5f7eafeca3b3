import { describe, expect, it } from 'vitest';
import { asRole, invitationMessage, invitationUrl, whatsAppShareUrl } from './invitation-link';

describe('invitation links', () => {
  it('builds the acceptance address from the origin and the token', () => {
    expect(invitationUrl('https://app.wcap.cm', 'abc123')).toBe(
      'https://app.wcap.cm/invitation/abc123',
    );
    expect(invitationUrl('http://127.0.0.1:5173/', 'abc123')).toBe(
      'http://127.0.0.1:5173/invitation/abc123',
    );
  });

  it('elides « que » before a vowel', () => {
    expect(asRole('agent')).toBe('en tant qu’agent');
    expect(asRole('admin')).toBe('en tant qu’administrateur');
    expect(asRole('viewer')).toBe('en tant que lecteur');
    expect(asRole('owner')).toBe('en tant que propriétaire');
  });

  it('writes a French message with the link and shares it through wa.me', () => {
    const message = invitationMessage({
      organizationName: 'CNSA (démo)',
      role: 'agent',
      link: 'https://app.wcap.cm/invitation/abc',
      expiresOn: '28 novembre 2026',
    });
    expect(message).toBe(
      'Bonjour ! Vous êtes invité(e) à rejoindre « CNSA (démo) » sur WCAP en tant qu’agent. ' +
        'Ouvrez ce lien pour accepter l’invitation (valable jusqu’au 28 novembre 2026) : ' +
        'https://app.wcap.cm/invitation/abc',
    );
    const url = new URL(whatsAppShareUrl(message));
    expect(url.origin).toBe('https://wa.me');
    expect(url.searchParams.get('text')).toBe(message);
    expect(whatsAppShareUrl('a & b ?')).toBe('https://wa.me/?text=a%20%26%20b%20%3F');
  });
});
