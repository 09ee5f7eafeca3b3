import fs from 'node:fs';
import http from 'node:http';
import type { Duplex } from 'node:stream';
import pg from 'pg';
import { WebSocketServer } from 'ws';
import { createAuthorization } from './authorization';
import type { ChannelContext } from './channel';
import { Connection } from './connection';
import { Hub } from './hub';
import { maintainMessagePartitions } from './message-partitions';
import type { PostgresChanges } from './postgres-changes/types';
import type { Vsn } from './protocol';
import { requestHeaders } from './request-headers';
import { handleRestBroadcast } from './rest-broadcast';
import { checkToken } from './tokens';

const isXHeader = (name: string): boolean => name.startsWith('x-');

export interface RealtimeService {
  port: number;
  stop(): Promise<void>;
}

function refuse(socket: Duplex, status: string, message: string): void {
  const body = JSON.stringify({ message });
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * A Realtime service as realtime-js expects it: Phoenix channels on `/socket/websocket`
 * (postgres_changes, broadcast, presence; public, or private and authorised by RLS policies on
 * realtime.messages) and the REST broadcast API on `/api/broadcast`.
 */
export async function startRealtimeService(options: {
  /** The postgres_changes engine; the service stops it when it stops. */
  postgresChanges: PostgresChanges;
  /** Where private channels' policies are evaluated (a role that bypasses RLS, for the probes). */
  dbUrl: string;
  jwtSecret: string;
  host: string;
  logFile: string;
}): Promise<RealtimeService> {
  const secret = new TextEncoder().encode(options.jwtSecret);
  const log = (line: string): void =>
    fs.appendFileSync(options.logFile, `${new Date().toISOString()} ${line}\n`);
  const pool = new pg.Pool({
    connectionString: options.dbUrl,
    max: 8,
    application_name: 'wcap-realtime-authorization',
    // Partitions are days in UTC, as upstream's; a pathological policy cannot stall a join.
    options: '-c TimeZone=UTC -c statement_timeout=10s',
  });
  pool.on('error', (error) => log(`authorization connection lost: ${error.message}`));
  const { postgresChanges } = options;
  const stopPartitions = await maintainMessagePartitions(pool, log).catch(
    async (error: unknown) => {
      await pool.end();
      await postgresChanges.stop();
      throw error;
    },
  );
  const hub = new Hub();
  const authorization = createAuthorization(pool);
  const context: ChannelContext = { hub, postgresChanges, authorization, jwtSecret: secret, log };
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    handleRestBroadcast(req, path, { hub, authorization, log }, secret)
      .then(({ status, body }) => {
        res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
        res.end(body === undefined ? undefined : JSON.stringify(body));
      })
      .catch((error: unknown) => {
        log(`REST error: ${(error as Error).stack ?? String(error)}`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'Internal error' }));
      });
  });

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/socket/websocket') return refuse(socket, '404 Not Found', 'Not found');
    const vsn = url.searchParams.get('vsn') ?? '1.0.0';
    if (vsn !== '1.0.0' && vsn !== '2.0.0')
      return refuse(socket, '400 Bad Request', `Unsupported vsn ${vsn}`);
    void checkToken(url.searchParams.get('apikey'), secret).then((check) => {
      if (!check.ok) return refuse(socket, '403 Forbidden', check.reason);
      sockets.handleUpgrade(
        req,
        socket,
        head,
        // Upstream keeps only the `x-` headers of the upgrade request for policies to read.
        (ws) =>
          new Connection(ws, vsn as Vsn, check.claims, requestHeaders(req, isXHeader), context),
      );
    });
  });

  const release = async (): Promise<void> => {
    stopPartitions();
    await pool.end();
    await postgresChanges.stop();
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, options.host, () => resolve());
  }).catch(async (error: unknown) => {
    await release();
    throw error;
  });
  return {
    port: (server.address() as { port: number }).port,
    async stop() {
      for (const ws of sockets.clients) ws.terminate();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await release();
    },
  };
}
