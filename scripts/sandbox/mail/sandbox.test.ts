import nodemailer from 'nodemailer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { linkIn, mailTo, waitForMail } from '../../../test-support/mail';
import { startMailSandbox, type MailSandbox } from './sandbox';

let sandbox: MailSandbox;

beforeAll(async () => {
  sandbox = await startMailSandbox({ limit: 5 });
});

afterAll(() => sandbox.stop());

beforeEach(async () => {
  expect((await fetch(`${sandbox.url}/api/messages`, { method: 'DELETE' })).status).toBe(204);
});

function transport(auth?: { user: string; pass: string }) {
  return nodemailer.createTransport({
    host: sandbox.smtpHost,
    port: sandbox.smtpPort,
    secure: false,
    ...(auth ? { auth } : {}),
  });
}

describe('the mail sandbox', () => {
  it('keeps what SMTP delivers and gives it back over HTTP, Bcc included', async () => {
    await transport().sendMail({
      from: 'WCAP <no-reply@wcap.local>',
      to: 'Awa <Awa@Example.cm>',
      bcc: 'audit@example.cm',
      subject: 'Réinitialisez votre mot de passe',
      text: 'Ouvrez http://127.0.0.1:54321/auth/v1/verify?token=abc&type=recovery',
      html: '<p><a href="http://127.0.0.1:54321/auth/v1/verify?token=abc&amp;type=recovery">Lien</a></p>',
      headers: { 'X-Wcap-Kind': 'recovery' },
    });

    const message = await waitForMail(sandbox.url, 'awa@example.cm');
    expect(message).toMatchObject({
      from: 'WCAP <no-reply@wcap.local>',
      to: ['Awa@example.cm', 'audit@example.cm'],
      subject: 'Réinitialisez votre mot de passe',
      text: 'Ouvrez http://127.0.0.1:54321/auth/v1/verify?token=abc&type=recovery',
    });
    expect(message.headers['x-wcap-kind']).toBe('recovery');
    expect(message.headers).not.toHaveProperty('bcc');
    expect(linkIn(message, 'http://127.0.0.1:54321/')).toBe(
      'http://127.0.0.1:54321/auth/v1/verify?token=abc&type=recovery',
    );
    expect(await mailTo(sandbox.url, 'audit@example.cm')).toHaveLength(1);
    expect(await mailTo(sandbox.url, 'someone-else@example.cm')).toEqual([]);

    const one = await fetch(`${sandbox.url}/api/messages/${message.id}`);
    expect(await one.json()).toEqual(message);
    expect((await fetch(`${sandbox.url}/api/messages/unknown`)).status).toBe(404);
  });

  it('accepts any login, as a development mail catcher does', async () => {
    await transport({ user: 'apikey', pass: 'anything' }).sendMail({
      from: 'no-reply@wcap.local',
      to: 'login@example.cm',
      subject: 'Avec identifiants',
      text: 'ok',
    });
    expect((await waitForMail(sandbox.url, 'login@example.cm')).subject).toBe('Avec identifiants');
  });

  it('lists newest first and keeps only the newest messages', async () => {
    for (let n = 1; n <= 7; n += 1) {
      await transport().sendMail({
        from: 'no-reply@wcap.local',
        to: 'many@example.cm',
        subject: `Message ${n}`,
        text: String(n),
      });
    }
    const response = await fetch(`${sandbox.url}/api/messages`);
    const { total, messages } = (await response.json()) as {
      total: number;
      messages: { subject: string }[];
    };
    expect(total).toBe(5);
    expect(messages.map((message) => message.subject)).toEqual([
      'Message 7',
      'Message 6',
      'Message 5',
      'Message 4',
      'Message 3',
    ]);
  });

  it('shows messages on pages that run none of their content', async () => {
    const hostile = '<script>alert(1)</script>';
    await transport().sendMail({
      from: `"${hostile}" <evil@example.cm>`,
      to: 'page@example.cm',
      subject: `Objet ${hostile}`,
      text: `Texte ${hostile} https://example.cm/?a='b'`,
      html: `<p onclick="x()">Corps</p>${hostile}`,
    });
    const message = await waitForMail(sandbox.url, 'page@example.cm');

    const inbox = await fetch(`${sandbox.url}/`);
    expect(inbox.headers.get('content-security-policy')).toContain("default-src 'none'");
    const inboxHtml = await inbox.text();
    expect(inboxHtml).toContain('Boîte mail de test');
    expect(inboxHtml).toContain(`href="/messages/${message.id}"`);
    expect(inboxHtml).not.toContain('<script>');
    expect(inboxHtml).toContain('Objet &lt;script&gt;alert(1)&lt;/script&gt;');

    const page = await fetch(`${sandbox.url}/messages/${message.id}`);
    const pageHtml = await page.text();
    expect(pageHtml).not.toContain('<script>');
    expect(pageHtml).not.toContain('<p onclick');
    // The HTML part lives in an attribute of a frame that may run no script.
    expect(pageHtml).toContain(
      '<iframe sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="',
    );
    expect(pageHtml).toContain('&lt;p onclick=&quot;x()&quot;&gt;Corps&lt;/p&gt;');
    expect(pageHtml).toContain('href="https://example.cm/?a=&#39;b&#39;"');

    const missing = await fetch(`${sandbox.url}/messages/unknown`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Message introuvable');
  });

  it('answers 404 and 405 for what it does not serve', async () => {
    expect((await fetch(`${sandbox.url}/nothing`)).status).toBe(404);
    expect((await fetch(`${sandbox.url}/api/messages`, { method: 'POST' })).status).toBe(405);
  });
});
