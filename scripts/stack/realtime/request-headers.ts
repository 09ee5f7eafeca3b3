import type { IncomingMessage } from 'node:http';

/** A request's headers as policies read them in `request.headers` (repeated ones left out). */
export function requestHeaders(
  req: IncomingMessage,
  keep: (name: string) => boolean = () => true,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(req.headers).flatMap(([name, value]) =>
      keep(name) && typeof value === 'string' ? [[name, value]] : [],
    ),
  );
}
