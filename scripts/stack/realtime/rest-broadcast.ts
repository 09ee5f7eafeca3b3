import type { IncomingMessage } from 'node:http';
import { PolicyError, type Authorization } from './authorization';
import type { Hub } from './hub';
import { requestHeaders } from './request-headers';
import { checkToken } from './tokens';

const MAX_BODY_BYTES = 1024 * 1024;

export interface RestAnswer {
  status: number;
  body?: unknown;
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function bearer(req: IncomingMessage): string | undefined {
  const authorization = req.headers.authorization;
  const apikey = req.headers.apikey;
  return (
    /^bearer (.+)$/i.exec(authorization ?? '')?.[1] ??
    (typeof apikey === 'string' ? apikey : undefined)
  );
}

interface Message {
  topic: string;
  event: string;
  payload: unknown;
  private: boolean;
}

function parseMessages(body: unknown): Message[] | undefined {
  const messages = (body as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(messages)) return undefined;
  const parsed: Message[] = [];
  for (const message of messages as Record<string, unknown>[]) {
    if (typeof message?.topic !== 'string' || !message.topic || typeof message.event !== 'string')
      return undefined;
    parsed.push({
      topic: message.topic,
      event: message.event,
      payload: message.payload ?? {},
      private: message.private === true,
    });
  }
  return parsed;
}

/**
 * Supabase's REST broadcast (`POST /api/broadcast`, and `/api/broadcast/<topic>/events/<event>`):
 * how a function or the database pushes to channels without writing rows. Topics come without
 * the `realtime:` prefix. Messages for private channels go out only when RLS on realtime.messages
 * lets the caller send on their topic (the service role bypasses it); the others are dropped and
 * the answer is 202 all the same, as upstream does.
 */
export async function handleRestBroadcast(
  req: IncomingMessage,
  path: string,
  services: { hub: Hub; authorization: Authorization; log(line: string): void },
  secret: Uint8Array,
): Promise<RestAnswer> {
  if (req.method !== 'POST') return { status: 405, body: { message: 'Method not allowed' } };
  const check = await checkToken(bearer(req), secret);
  if (!check.ok) return { status: 401, body: { message: check.reason } };
  const body = await readBody(req);
  if (!body) return { status: 413, body: { message: 'Payload too large' } };

  let messages: Message[] | undefined;
  const single = /^\/api\/broadcast\/([^/]+)\/events\/([^/]+)$/.exec(path);
  if (single) {
    const binary = !/json/i.test(req.headers['content-type'] ?? '');
    let payload: unknown;
    try {
      payload = binary
        ? body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)
        : JSON.parse(body.toString('utf8'));
    } catch {
      return { status: 400, body: { message: 'Invalid JSON body' } };
    }
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    messages = [
      {
        topic: decodeURIComponent(single[1]!),
        event: decodeURIComponent(single[2]!),
        payload,
        private: query.get('private') === 'true',
      },
    ];
  } else if (path === '/api/broadcast') {
    try {
      messages = parseMessages(JSON.parse(body.toString('utf8')));
    } catch {
      messages = undefined;
    }
  } else {
    return { status: 404, body: { message: 'Not found' } };
  }
  if (!messages)
    return {
      status: 400,
      body: { message: 'Expected {"messages":[{"topic","event","payload"}]}' },
    };

  const allowed = new Map<string, Promise<boolean>>();
  const mayWrite = (topic: string): Promise<boolean> => {
    let answer = allowed.get(topic);
    if (!answer) {
      answer = services.authorization
        .canWrite({ topic, claims: check.claims, headers: requestHeaders(req) }, [
          'broadcast',
          'presence',
        ])
        .then(
          (permissions) => permissions.broadcast === true,
          (error: unknown) => {
            if (!(error instanceof PolicyError)) throw error;
            services.log(`RlsPolicyError on REST broadcast to ${topic}: ${error.message}`);
            return false;
          },
        );
      allowed.set(topic, answer);
    }
    return answer;
  };
  const sendable = await Promise.all(
    messages.map((message) => (message.private ? mayWrite(message.topic) : true)),
  );
  messages.forEach((message, i) => {
    if (!sendable[i]) return;
    services.hub.broadcast(`realtime:${message.topic}`, message.private, {
      type: 'broadcast',
      event: message.event,
      payload: message.payload,
    });
  });
  return { status: 202 };
}
