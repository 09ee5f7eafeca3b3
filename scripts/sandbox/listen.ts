import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { BodyTooLargeError, writeAnswer, type Answer } from './wati/http-answers';
import type net from 'node:net';

/** Starts `server` on `port` (0: any free one) and answers the port it got. */
export function listen(server: net.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as net.AddressInfo).port);
    });
  });
}

/** The host clients reach a sandbox at: a wildcard address is reached on the loopback. */
export function visibleHost(host: string): string {
  return host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
}

/** Stops `server`, its kept-alive connections included. */
export function closeServer(server: http.Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * A sandbox's HTTP server, whose failures answer rather than hang: a body over the limit gets
 * `tooLarge` (in the imitated API's shape), anything else `failed` and a line in the log.
 */
export function sandboxServer(
  label: string,
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  answers: { tooLarge?: (message: string) => Answer; failed?: Answer } = {},
): http.Server {
  return http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        writeAnswer(
          res,
          answers.tooLarge?.(error.message) ?? { status: 413, json: { error: error.message } },
        );
        return;
      }
      console.error(`${label} sandbox: request failed`, error);
      writeAnswer(
        res,
        answers.failed ?? { status: 500, json: { error: 'the sandbox failed; see its log' } },
      );
    });
  });
}
