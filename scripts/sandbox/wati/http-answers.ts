import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a route answers; written out once faults (delay, error after accept) have had their say. */
export interface Answer {
  status: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export function ok(json: unknown): Answer {
  return { status: 200, json };
}

/** V3 error body for 400, 403, 404 and 500: `{code, message, timestamp}`. */
export function v3Error(status: number, message: string): Answer {
  return { status, json: { code: status, message, timestamp: new Date().toISOString() } };
}

/** 401 as Wati sends it: no body, only the challenge. */
export function unauthorized(): Answer {
  return { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } };
}

/** Gateway errors come as HTML, not as Wati JSON. */
export function gatewayError(status: number): Answer {
  const reason =
    status === 502 ? 'Bad Gateway' : status === 503 ? 'Service Unavailable' : 'Gateway Timeout';
  return {
    status,
    text: `<html><head><title>${status} ${reason}</title></head><body><center><h1>${status} ${reason}</h1></center></body></html>`,
    headers: { 'Content-Type': 'text/html' },
  };
}

export function writeAnswer(res: ServerResponse, answer: Answer): void {
  if (res.headersSent || res.destroyed) return;
  const body =
    answer.json !== undefined
      ? JSON.stringify(answer.json)
      : answer.text !== undefined
        ? answer.text
        : '';
  const type =
    answer.json !== undefined ? { 'Content-Type': 'application/json; charset=utf-8' } : {};
  res.writeHead(answer.status, {
    ...type,
    ...answer.headers,
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage, limitBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) throw new BodyTooLargeError(`body larger than ${limitBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
