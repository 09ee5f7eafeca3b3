// Test support: Meta's and Twilio's send APIs as the webhook calls them, recording what is sent,
// so a test sees what the platform number wrote without the platform sandbox.
import { Buffer } from 'node:buffer';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCredentials {
  meta: { graphVersion: string; phoneNumberId: string; accessToken: string };
  twilio: { accountSid: string; authToken: string };
}

export interface SentText {
  provider: 'meta' | 'twilio';
  /** E.164. */
  to: string;
  text: string;
}

export interface FakeProviders {
  url: string;
  sent: SentText[];
  stop(): Promise<void>;
}

const reply = (res: http.ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json' }).end(text);
};

/** Answers as each API does: accepted messages get an id, bad credentials an error. */
export async function startFakeProviders(credentials: FakeCredentials): Promise<FakeProviders> {
  const { meta, twilio } = credentials;
  const metaPath = `/${meta.graphVersion}/${meta.phoneNumberId}/messages`;
  const twilioPath = `/2010-04-01/Accounts/${twilio.accountSid}/Messages.json`;
  const basic = `Basic ${Buffer.from(`${twilio.accountSid}:${twilio.authToken}`).toString('base64')}`;
  const sent: SentText[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.method === 'POST' && req.url === metaPath) {
        if (req.headers.authorization !== `Bearer ${meta.accessToken}`) {
          reply(res, 401, {
            error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 },
          });
          return;
        }
        const message = JSON.parse(body) as { to: string; text?: { body: string } };
        sent.push({ provider: 'meta', to: message.to, text: message.text?.body ?? '' });
        reply(res, 200, {
          messaging_product: 'whatsapp',
          contacts: [{ input: message.to, wa_id: message.to.slice(1) }],
          messages: [{ id: `wamid.${crypto.randomUUID()}` }],
        });
        return;
      }
      if (req.method === 'POST' && req.url === twilioPath) {
        if (req.headers.authorization !== basic) {
          reply(res, 401, { code: 20003, message: 'Authenticate', status: 401 });
          return;
        }
        const fields = new URLSearchParams(body);
        sent.push({
          provider: 'twilio',
          to: (fields.get('To') ?? '').replace(/^whatsapp:/, ''),
          text: fields.get('Body') ?? '',
        });
        reply(res, 201, { sid: `SM${crypto.randomUUID().replaceAll('-', '')}`, status: 'queued' });
        return;
      }
      reply(res, 404, { message: 'not found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
