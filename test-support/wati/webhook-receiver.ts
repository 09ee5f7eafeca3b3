import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedEvent {
  eventType: string;
  [field: string]: unknown;
}

export interface WebhookReceiver {
  url: string;
  events: ReceivedEvent[];
  /** POSTs seen, failed ones included. */
  attempts: number;
  /** The most POSTs that were being answered at the same time. */
  maxInFlight: number;
  /** Resolves with the events once `count` of them match, or rejects after `timeoutMs`. */
  waitFor(
    match: (event: ReceivedEvent) => boolean,
    count?: number,
    timeoutMs?: number,
  ): Promise<ReceivedEvent[]>;
  stop(): Promise<void>;
}

/**
 * A local HTTP endpoint standing in for WCAP's webhook function. `statusFor` picks the answer to
 * each POST (1-based), 200 by default; only events answered 200 are kept. `answerAfterMs` holds
 * each answer back, as a busy receiver would.
 */
export async function startWebhookReceiver(
  statusFor: (attempt: number) => number = () => 200,
  options: { answerAfterMs?: number } = {},
): Promise<WebhookReceiver> {
  const receiver = { events: [] as ReceivedEvent[], attempts: 0, inFlight: 0, maxInFlight: 0 };
  const server = http.createServer((req, res) => {
    receiver.inFlight += 1;
    receiver.maxInFlight = Math.max(receiver.maxInFlight, receiver.inFlight);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      receiver.attempts += 1;
      const status = statusFor(receiver.attempts);
      const answer = () => {
        if (status === 200) {
          receiver.events.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as ReceivedEvent);
        }
        receiver.inFlight -= 1;
        res.writeHead(status).end();
      };
      if (options.answerAfterMs) setTimeout(answer, options.answerAfterMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/wati-webhook`,
    get events() {
      return receiver.events;
    },
    get attempts() {
      return receiver.attempts;
    },
    get maxInFlight() {
      return receiver.maxInFlight;
    },
    async waitFor(match, count = 1, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = receiver.events.filter(match);
        if (found.length >= count) return found;
        if (Date.now() > deadline) {
          const seen = receiver.events.map((event) => event.eventType).join(', ') || 'none';
          throw new Error(`webhooks: expected ${count} matching event(s); received ${seen}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
