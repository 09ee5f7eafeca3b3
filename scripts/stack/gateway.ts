import http, {
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { jwtVerify } from 'jose';
import type { KeyRing } from './api-keys';
import { exposedCorsHeaders, preflightHeaders } from './cors';
import { FunctionBootError, type FunctionRuntime } from './functions';
import { HOST } from './ports';

export interface Upstreams {
  rest: number;
  auth: number;
  realtime: number;
}

export interface GatewayOptions {
  port: number;
  upstreams: Upstreams;
  functions: FunctionRuntime;
  keyRing: KeyRing;
  jwtSecret: string;
}

// Auth routes that Supabase's gateway leaves open (links opened from e-mails, OAuth callbacks).
const OPEN_AUTH_PATHS = /^\/(verify|callback|authorize|\.well-known\/jwks\.json)(\/|$|\?)/;
const UPSTREAM_TIMEOUT_MS = 150_000;
// Idle upstream sockets are closed here before the upstream closes them (Auth and Realtime are
// Node servers, 5 s; PostgREST's server, 30 s): a request sent on a socket the upstream is closing
// fails with a 502. Without a `timeout`, Node's agent keeps idle sockets forever and ignores the
// upstreams' Keep-Alive hints. Requests in flight use their own, longer timeout.
const IDLE_UPSTREAM_SOCKET_MS = 4_000;
const agent = new http.Agent({
  keepAlive: true,
  maxSockets: 256,
  timeout: IDLE_UPSTREAM_SOCKET_MS,
});

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The gateway is the edge: the client is whoever holds the socket. A client's own X-Forwarded-For
 * is replaced, never passed on, or any caller could pick the address per-IP limits count against.
 */
function forwardedHeaders(req: IncomingMessage): OutgoingHttpHeaders {
  return {
    'x-forwarded-for': req.socket.remoteAddress ?? '',
    'x-forwarded-host': header(req, 'host') ?? '',
    'x-forwarded-proto': 'http',
  };
}

function proxy(
  req: IncomingMessage,
  res: ServerResponse,
  target: { port: number; path: string; headers: OutgoingHttpHeaders; extra?: OutgoingHttpHeaders },
): void {
  const upstream = http.request(
    {
      host: HOST,
      port: target.port,
      method: req.method,
      path: target.path,
      headers: target.headers,
      agent,
      timeout: UPSTREAM_TIMEOUT_MS,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...target.extra });
      answer.pipe(res);
    },
  );
  upstream.on('timeout', () => upstream.destroy(new Error('timeout')));
  upstream.on('error', () => {
    if (res.headersSent) res.destroy();
    else
      sendJson(
        res,
        502,
        { message: 'An invalid response was received from the upstream server' },
        target.extra,
      );
  });
  req.pipe(upstream);
}

/** The single entry point on port 54321, routing as Supabase's gateway does. */
export function startGateway(options: GatewayOptions): Promise<http.Server> {
  const { keyRing, functions, upstreams } = options;
  const secret = new TextEncoder().encode(options.jwtSecret);

  const requireApiKey = (
    req: IncomingMessage,
    res: ServerResponse,
    apikey: string | undefined,
  ): boolean => {
    if (!apikey) {
      sendJson(
        res,
        401,
        {
          message: 'No API key found in request',
          hint: 'No `apikey` request header or url param was found.',
        },
        exposedCorsHeaders,
      );
      return false;
    }
    if (!keyRing.jwtFor(apikey)) {
      sendJson(
        res,
        401,
        {
          message: 'Invalid API key',
          hint: 'Double check your Supabase `anon` or `service_role` API key.',
        },
        exposedCorsHeaders,
      );
      return false;
    }
    return true;
  };

  const serviceHeaders = (
    req: IncomingMessage,
    apikey: string | undefined,
  ): OutgoingHttpHeaders => {
    const headers: OutgoingHttpHeaders = { ...req.headers, ...forwardedHeaders(req) };
    const authorization = keyRing.authorizationFor(header(req, 'authorization'), apikey);
    if (authorization) headers.authorization = authorization;
    return headers;
  };

  const routeService = (req: IncomingMessage, res: ServerResponse, url: URL): void => {
    const [, service] = /^\/(rest|auth|realtime)\/v1(?=\/|$)/.exec(url.pathname) ?? [];
    const rest = url.pathname.slice(`/${service}/v1`.length) || '/';
    if (req.method === 'OPTIONS') {
      res.writeHead(200, preflightHeaders(req));
      res.end();
      return;
    }
    const apikey = header(req, 'apikey') ?? url.searchParams.get('apikey') ?? undefined;
    const open = service === 'auth' && OPEN_AUTH_PATHS.test(rest);
    if (!open && !requireApiKey(req, res, apikey)) return;
    const port =
      service === 'rest'
        ? upstreams.rest
        : service === 'auth'
          ? upstreams.auth
          : upstreams.realtime;
    proxy(req, res, {
      port,
      path: rest + url.search,
      headers: serviceHeaders(req, apikey),
      extra: exposedCorsHeaders,
    });
  };

  const routeFunction = async (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
  ): Promise<void> => {
    const path = url.pathname.slice('/functions/v1'.length) || '/';
    const name = path.split('/')[1] ?? '';
    if (!functions.has(name)) {
      sendJson(res, 404, { code: 'NOT_FOUND', message: 'Requested function was not found' });
      return;
    }
    const apikey = header(req, 'apikey');
    const headers = serviceHeaders(req, apikey);
    // Preflights always reach the function: it answers CORS itself, as on Supabase.
    if (req.method !== 'OPTIONS' && functions.verifyJwt(name)) {
      const token = /^bearer (.+)$/i.exec(String(headers.authorization ?? ''))?.[1];
      if (!token) {
        sendJson(res, 401, { msg: 'Error: Missing authorization header' });
        return;
      }
      try {
        await jwtVerify(token, secret, { algorithms: ['HS256'] });
      } catch {
        sendJson(res, 401, { msg: 'Invalid JWT' });
        return;
      }
    }
    let port: number;
    try {
      port = await functions.portOf(name);
    } catch (error) {
      if (error instanceof FunctionBootError) {
        process.stderr.write(`[functions] ${name} : ${error.message}\n`);
      }
      sendJson(res, 503, {
        code: 'BOOT_ERROR',
        message: 'Function failed to start (please check logs)',
      });
      return;
    }
    proxy(req, res, { port, path: path + url.search, headers });
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    if (/^\/(rest|auth|realtime)\/v1(\/|$)/.test(url.pathname)) routeService(req, res, url);
    else if (/^\/functions\/v1\/[^/]/.test(url.pathname)) void routeFunction(req, res, url);
    else sendJson(res, 404, { message: 'no Route matched with those values' });
  });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    const refuse = (status: string): void => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (url.pathname !== '/realtime/v1/websocket') return refuse('404 Not Found');
    const apikey = url.searchParams.get('apikey') ?? header(req, 'apikey');
    const jwt = apikey ? keyRing.jwtFor(apikey) : undefined;
    if (!jwt) return refuse('401 Unauthorized');
    url.searchParams.set('apikey', jwt);
    const upstream = net.connect(upstreams.realtime, HOST, () => {
      const lines = [`GET /socket/websocket${url.search} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        if (req.rawHeaders[i]!.toLowerCase() === 'x-forwarded-for') continue;
        lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      }
      lines.push(`X-Forwarded-For: ${forwardedHeaders(req)['x-forwarded-for']}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });

  server.headersTimeout = 60_000;
  server.requestTimeout = 0;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => resolve(server));
  });
}
