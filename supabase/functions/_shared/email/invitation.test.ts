import { describe, expect, it } from 'vitest';
import { invitationEmail } from './invitation.ts';

const base = {
  organizationName: 'CNSA <Douala> & "Co"',
  inviterName: "Awa O'Neil",
  role: 'admin' as const,
  link: 'http://127.0.0.1:5173/invitation/abc?x=1&y=2',
  // 23:30 UTC on 14 December is already the 15th in Douala.
  expiresAt: new Date('2026-12-14T23:30:00Z'),
  timeZone: 'Africa/Douala',
};

describe('invitationEmail', () => {
  it('writes French with the role as a phrase and the last day in the organisation’s time zone', () => {
    const email = invitationEmail({ ...base, locale: 'fr' });
    expect(email.subject).toBe('Invitation à rejoindre « CNSA <Douala> & "Co" » sur WCAP');
    expect(email.text).toContain(
      `Awa O'Neil vous invite à rejoindre « CNSA <Douala> & "Co" » sur WCAP en tant qu’administrateur.`,
    );
    expect(email.text).toContain(`ouvrez ce lien : ${base.link}`);
    expect(email.text).toContain('valable jusqu’au 15 décembre 2026');
  });

  it('writes English, and says who invites even without a name', () => {
    const email = invitationEmail({ ...base, locale: 'en', inviterName: null, role: 'viewer' });
    expect(email.subject).toBe('Invitation to join “CNSA <Douala> & "Co"” on WCAP');
    expect(email.text).toContain('A team member invites you to join');
    expect(email.text).toContain('as a viewer');
    expect(email.html).toContain('<html lang="en">');
  });

  it('escapes every name and the link in the HTML', () => {
    const { html } = invitationEmail({ ...base, locale: 'fr' });
    expect(html).toContain('CNSA &lt;Douala&gt; &amp; &quot;Co&quot;');
    expect(html).toContain('Awa O&#39;Neil');
    expect(html).toContain('href="http://127.0.0.1:5173/invitation/abc?x=1&amp;y=2"');
    expect(html).not.toContain('<Douala>');
  });
});
