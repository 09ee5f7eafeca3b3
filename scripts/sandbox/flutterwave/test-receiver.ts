import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { poller } from '../../../test-support/wait';
import type { FlutterwaveSandbox } from './sandbox';

// What the sandbox's tests share: a local receiver standing in for WCAP's `flutterwave-webhook`,
// which checks both headers independently of the sandbox's code (credits-billing §2.2), and a
// payment started through the public API.

export const waitUntil = poller({ timeoutMs: 5_000, intervalMs: 20 });

export interface Received {
  headers: http.IncomingHttpHeaders;
  raw: Buffer;
  /** `Date.now()` on arrival. */
  receivedAt: number;
  /** `verif-hash` equals the secret hash. */
  hashValid: boolean;
  /** `flutterwave-signature` is the base64 HMAC-SHA256 of the raw bytes under the secret hash. */
  signatureValid: boolean;
  body: { event: string; data: { id: number; tx_ref: string; status: string; amount: number } };
}

function sameBytes(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Answers 200 when either header is right, 401 otherwise (the handler reference §2.2
 * recommends); `answer` overrides the status, e.g. to make the sandbox retry.
 */
export async function startReceiver(secretHash: () => string) {
  const received: Received[] = [];
  let answer: ((request: Received) => number) | null = null;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const hash = req.headers['verif-hash'];
      const signature = req.headers['flutterwave-signature'];
      const expectedSignature = createHmac('sha256', secretHash()).update(raw).digest('base64');
      const request: Received = {
        headers: req.headers,
        raw,
        receivedAt: Date.now(),
        hashValid: typeof hash === 'string' && sameBytes(hash, secretHash()),
        signatureValid: typeof signature === 'string' && sameBytes(signature, expectedSignature),
        body: JSON.parse(raw.toString('utf8')) as Received['body'],
      };
      received.push(request);
      const status = answer
        ? answer(request)
        : request.hashValid || request.signatureValid
          ? 200
          : 401;
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/functions/v1/flutterwave-webhook`,
    received,
    /** The webhooks received for one payment, in arrival order. */
    forRef: (txRef: string) => received.filter((request) => request.body.data.tx_ref === txRef),
    answerWith(next: ((request: Received) => number) | null) {
      answer = next;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** `POST /v3/payments` with the secret key; answers the status and the parsed body. */
export async function postPayment(
  sandbox: FlutterwaveSandbox,
  body: unknown,
  authorization: string | null = `Bearer ${sandbox.secretKey}`,
) {
  const response = await fetch(`${sandbox.url}/v3/payments`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(authorization === null ? {} : { Authorization: authorization }),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** A valid initiation as WCAP makes it, with a fresh `tx_ref`. */
export function paymentRequest(overrides: Record<string, unknown> = {}) {
  return {
    tx_ref: `wcap-topup-${randomUUID()}`,
    amount: 5000,
    currency: 'XAF',
    redirect_url: 'http://127.0.0.1:5173/parametres/credits?retour=flutterwave',
    payment_options: 'mobilemoneyfranco, card',
    customer: { email: 'awa@example.cm', phonenumber: '237671234567', name: 'Awa N.' },
    customizations: { title: 'WCAP crédits', description: '50 crédits' },
    meta: { org_id: 'org-1', credit_pack: '50' },
    ...overrides,
  };
}

/** Starts a payment and answers its `tx_ref` and hosted link. */
export async function initiate(
  sandbox: FlutterwaveSandbox,
  overrides: Record<string, unknown> = {},
): Promise<{ txRef: string; link: string }> {
  const request = paymentRequest(overrides);
  const { status, json } = await postPayment(sandbox, request);
  if (status !== 200) throw new Error(`initiation refused: ${JSON.stringify(json)}`);
  return { txRef: request.tx_ref, link: (json.data as { link: string }).link };
}

/** Submits the checkout form as a browser would, without following the redirect. */
export async function submitCheckout(link: string, fields: Record<string, string>) {
  const response = await fetch(link, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: response.status, location: response.headers.get('location'), response };
}

/** `GET` on the API with the secret key. */
export async function getApi(sandbox: FlutterwaveSandbox, path: string, key = sandbox.secretKey) {
  const response = await fetch(`${sandbox.url}/v3/${path}`, {
    headers: { Authorization: `Bearer ${key}` },
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** A control endpoint with the sandbox token. */
export async function control(
  sandbox: FlutterwaveSandbox,
  method: string,
  route: string,
  body?: unknown,
) {
  const response = await fetch(`${sandbox.url}/_sandbox/${route}`, {
    method,
    headers: { Authorization: `Bearer ${sandbox.token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
