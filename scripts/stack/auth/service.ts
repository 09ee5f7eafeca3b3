import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPool } from './db';
import {
  API_VERSION_HEADER,
  AuthError,
  OAuthError,
  shapeError,
  UNEXPECTED_FAILURE,
} from './errors';
import { clientInfo, forwardedFor, headerValue, Params, readBody } from './http';
import { createMailer, type SmtpTarget } from './mail';
import { authRateLimiters } from './rate-limits';
import { matchRoute, type AuthDeps, type AuthRequest, type Reply } from './router';
import { authRoutes } from './routes';
import type { AuthSettings } from './settings';

export interface AuthService {
  port: number;
  stop(): Promise<void>;
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers).end();
    return;
  }
  const body = JSON.stringify(reply.body);
  headers['content-type'] = 'application/json';
  headers['content-length'] = String(Buffer.byteLength(body));
  res.writeHead(reply.status, headers).end(body);
}

async function route(deps: AuthDeps, req: IncomingMessage): Promise<Reply> {
  const url = new URL(req.url ?? '/', 'http://auth.local');
  const match = matchRoute(authRoutes, req.method ?? 'GET', url.pathname);
  if (match.kind === 'none') throw new AuthError(404, 'not_found', 'Not Found');
  if (match.kind === 'wrong-method') {
    throw new AuthError(405, 'method_not_allowed', 'Method Not Allowed');
  }
  let body: Promise<string> | undefined;
  const request: AuthRequest = {
    raw: req,
    query: url.searchParams,
    pathParams: match.pathParams,
    client: clientInfo(req),
    rateLimitKey: forwardedFor(req),
    body: async ({ allowEmpty = false } = {}) => {
      body ??= readBody(req);
      const text = await body;
      return allowEmpty && text.trim() === '' ? Params.empty() : Params.parse(text);
    },
  };
  return match.route.handle(deps, request);
}

function failure(error: unknown, req: IncomingMessage): Reply {
  if (!(error instanceof AuthError) && !(error instanceof OAuthError)) {
    // Only the message: a stack or a query's parameters could hold secrets.
    process.stderr.write(
      `[auth] ${req.method} ${req.url?.split('?')[0]} failed: ${(error as Error)?.message ?? error}\n`,
    );
  }
  const known =
    error instanceof AuthError || error instanceof OAuthError ? error : UNEXPECTED_FAILURE;
  return shapeError(known, headerValue(req, API_VERSION_HEADER));
}

/**
 * The local GoTrue-compatible Auth service, an in-process HTTP server. It expects the gateway in
 * front of it to strip `/auth/v1`, handle CORS and check the `apikey`.
 */
export async function startAuthService(options: {
  databaseUrl: string;
  host: string;
  port: number;
  jwtSecret: string;
  issuer: string;
  settings: AuthSettings;
  /**
   * The mail sandbox, as the CLI gives GoTrue its Inbucket (GOTRUE_SMTP_HOST/PORT) when
   * `[auth.email.smtp]` is off; without either, mail is dropped as GoTrue's no-op mailer does.
   */
  smtp?: SmtpTarget;
}): Promise<AuthService> {
  const { settings } = options;
  const mailer = createMailer(
    settings.email.smtp ?? options.smtp,
    settings.email.templates.recovery,
  );
  const db = createPool(options.databaseUrl);
  const deps: AuthDeps = {
    db,
    settings,
    jwtSecret: new TextEncoder().encode(options.jwtSecret),
    issuer: options.issuer,
    rateLimiters: authRateLimiters(settings.rateLimits),
    mailer,
  };
  const server = http.createServer((req, res) => {
    route(deps, req)
      .catch((error: unknown) => failure(error, req))
      .then((reply) => send(res, reply))
      .catch((error: unknown) => {
        process.stderr.write(`[auth] could not answer: ${(error as Error).message}\n`);
        res.destroy();
      });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => resolve());
    });
  } catch (error) {
    await db.end();
    throw error;
  }
  return {
    port: (server.address() as AddressInfo).port,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await db.end();
    },
  };
}
