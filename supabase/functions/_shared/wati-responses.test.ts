import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { guardedFetch } from './outgoing-url/guard.ts';
import { watiErrorResponse } from './wati-responses.ts';
import { createWatiClient } from './wati/client.ts';

const MARKER = 'internal-detail-7f3a';
const TOKEN = 'a-token-long-enough-for-wati-0123456789';

let server: http.Server;
let origin: string;
// A remote server that answers each path's status with a body meant for nobody.
const replies: Record<string, { status: number; body: string }> = {
  '/api/ext/v3/messageTemplates': {
    status: 400,
    body: JSON.stringify({ message: `${MARKER} at db01.internal` }),
  },
};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const reply = replies[(req.url ?? '').split('?')[0] ?? ''] ?? { status: 404, body: MARKER };
    res.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterAll(async () => {
  vi.restoreAllMocks();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const noRetry = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 };

async function answerTo(client: ReturnType<typeof createWatiClient>) {
  const error = await client.listTemplates({ page_number: 1, page_size: 1 }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  const response = watiErrorResponse(error)!;
  return { status: response.status, body: await response.text() };
}

describe('watiErrorResponse', () => {
  it('never echoes what the remote server wrote in a 4xx', async () => {
    const client = createWatiClient({
      endpoint: `${origin}/123`,
      token: TOKEN,
      fetch: guardedFetch({ trustedOrigins: [origin] }),
      retry: noRetry,
    });
    const answer = await answerTo(client);
    expect(answer.status).toBe(422);
    expect(JSON.parse(answer.body)).toEqual({
      error: {
        code: 'wati_validation',
        message:
          'Wati refuse la demande : vérifiez l’adresse de l’API et les réglages de votre compte Wati.',
      },
    });
    expect(answer.body).not.toContain(MARKER);
  });

  it('answers a destination the guard refused exactly as an unreachable Wati', async () => {
    const refused = createWatiClient({
      endpoint: `${origin}/123`,
      token: TOKEN,
      fetch: guardedFetch(),
      retry: noRetry,
    });
    const closedPort = await new Promise<number>((resolve) => {
      const probe = http.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const closed = `http://127.0.0.1:${closedPort}`;
    const unreachable = createWatiClient({
      endpoint: `${closed}/123`,
      token: TOKEN,
      fetch: guardedFetch({ trustedOrigins: [closed] }),
      retry: noRetry,
    });
    const [refusedAnswer, unreachableAnswer] = [
      await answerTo(refused),
      await answerTo(unreachable),
    ];
    expect(refusedAnswer).toEqual(unreachableAnswer);
    expect(refusedAnswer.status).toBe(502);
    expect(JSON.parse(refusedAnswer.body).error.code).toBe('wati_unavailable');
  });
});
