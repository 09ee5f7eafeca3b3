import crypto from 'node:crypto';
import http, { type ServerResponse } from 'node:http';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { Mailbox, type MailMessage } from './mailbox';
import { inboxPage, messagePage, notFoundPage } from './pages';
import { listen, visibleHost } from '../listen';

export interface MailSandboxOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** SMTP port; 0 (default) picks a free port. */
  smtpPort?: number;
  /** Port of the web page and the HTTP API; 0 (default) picks a free port. */
  httpPort?: number;
  /** Messages kept, newest; default 500. */
  limit?: number;
}

export interface MailSandbox {
  /** The web page; the API is under `/api`. */
  url: string;
  smtpHost: string;
  smtpPort: number;
  messages(to?: string): MailMessage[];
  clear(): void;
  stop(): Promise<void>;
}

/** What one message may weigh, as SMTP's SIZE announces it. */
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

// The pages show what strangers wrote: no script at all, styles and images for the mails' looks.
const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:; form-action 'none'; frame-ancestors 'none'",
  // A recovery link opened from here must not hand this page's address to the site it opens.
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

/** `Name <address>` as a person writes it (mailparser's own text quotes every name). */
function addressesOf(field: AddressObject | undefined): string {
  return (field?.value ?? [])
    .map(({ name, address }) => (name ? `${name} <${address ?? ''}>` : (address ?? '')))
    .join(', ');
}

async function readMessage(
  stream: SMTPServerDataStream,
  session: SMTPServerSession,
): Promise<MailMessage> {
  const parsed = await simpleParser(stream);
  const receivedAt = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
    from: addressesOf(parsed.from) || (session.envelope.mailFrom || { address: '' }).address,
    to: session.envelope.rcptTo.map((recipient) => recipient.address),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: parsed.html || '',
    date: parsed.date?.toISOString() ?? receivedAt,
    receivedAt,
    headers: Object.fromEntries(
      parsed.headerLines.map(({ key, line }) => [key, line.slice(line.indexOf(':') + 1).trim()]),
    ),
  };
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string>,
): void {
  res.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, JSON.stringify(body), { 'Content-Type': 'application/json; charset=utf-8' });
}

/**
 * A mail catcher like the Supabase CLI's (Inbucket, now Mailpit): an SMTP server that accepts every
 * message (any login, no TLS) and keeps it in memory, a web page to read them, and a JSON API for
 * tests: `GET /api/messages?to=`, `GET /api/messages/:id`, `DELETE /api/messages`.
 */
export async function startMailSandbox(options: MailSandboxOptions = {}): Promise<MailSandbox> {
  const host = options.host ?? '127.0.0.1';
  const mailbox = new Mailbox(options.limit);

  const smtp = new SMTPServer({
    name: 'wcap-mail-sandbox',
    banner: 'WCAP mail sandbox',
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    size: MAX_MESSAGE_BYTES,
    logger: false,
    // Stopping the stack does not wait for a client that keeps its connection open.
    closeTimeout: 1000,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      readMessage(stream, session).then(
        (message) => {
          if (stream.sizeExceeded) {
            callback(Object.assign(new Error('Message too big'), { responseCode: 552 }));
            return;
          }
          mailbox.add(message);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  // A client that drops its connection is its own business; the sandbox keeps serving.
  smtp.on('error', () => undefined);

  const web = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const method = req.method ?? 'GET';
    const apiMessage = /^\/api\/messages\/([^/]+)$/.exec(url.pathname);
    const pageMessage = /^\/messages\/([^/]+)$/.exec(url.pathname);
    if (url.pathname === '/api/messages' && method === 'GET') {
      const messages = mailbox.list(url.searchParams.get('to') ?? undefined);
      sendJson(res, 200, { total: messages.length, messages });
    } else if (url.pathname === '/api/messages' && method === 'DELETE') {
      mailbox.clear();
      res.writeHead(204).end();
    } else if (apiMessage && method === 'GET') {
      const message = mailbox.get(decodeURIComponent(apiMessage[1]!));
      if (message) sendJson(res, 200, message);
      else sendJson(res, 404, { error: 'message not found' });
    } else if (url.pathname === '/' && method === 'GET') {
      send(res, 200, inboxPage(mailbox.list()), PAGE_HEADERS);
    } else if (pageMessage && method === 'GET') {
      const message = mailbox.get(decodeURIComponent(pageMessage[1]!));
      if (message) send(res, 200, messagePage(message), PAGE_HEADERS);
      else send(res, 404, notFoundPage(), PAGE_HEADERS);
    } else if (['/', '/api/messages'].includes(url.pathname) || apiMessage || pageMessage) {
      sendJson(res, 405, { error: 'method not allowed' });
    } else {
      sendJson(res, 404, { error: 'not found' });
    }
  });

  const smtpPort = await listen(smtp.server, options.smtpPort ?? 0, host);
  let httpPort: number;
  try {
    httpPort = await listen(web, options.httpPort ?? 0, host);
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    throw error;
  }
  const reachedAt = visibleHost(host);

  return {
    url: `http://${reachedAt}:${httpPort}`,
    smtpHost: reachedAt,
    smtpPort,
    messages: (to) => mailbox.list(to),
    clear: () => mailbox.clear(),
    stop: () =>
      Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        new Promise<void>((resolve) => {
          web.close(() => resolve());
          web.closeAllConnections();
        }),
      ]).then(() => undefined),
  };
}
