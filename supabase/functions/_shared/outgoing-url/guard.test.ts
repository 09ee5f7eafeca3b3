import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { guardedFetch, OutgoingUrlRefusedError, type OutgoingUrlRefusal } from './guard.ts';
import type { ResolveAddresses } from './resolve-addresses.ts';

interface Received {
  method: string;
  path: string;
  authorization: string | undefined;
  body: string;
}

type Reply = (path: string) => { status: number; headers?: Record<string, string> };

/** A real listener on 127.0.0.1 that keeps what it received. */
async function listener(reply: Reply = () => ({ status: 200 })) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({
        method: req.method ?? '',
        path,
        authorization: req.headers.authorization,
        body,
      });
      const { status, headers } = reply(path);
      res.writeHead(status, headers).end(`answer from ${path}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Listener = Awaited<ReturnType<typeof listener>>;

async function refusal(promise: Promise<unknown>): Promise<OutgoingUrlRefusedError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(OutgoingUrlRefusedError);
  return error as OutgoingUrlRefusedError;
}

const expectRefused = async (
  promise: Promise<unknown>,
  reason: OutgoingUrlRefusal,
  afterRedirect = false,
) => expect(await refusal(promise)).toMatchObject({ reason, afterRedirect });

/** Names of the reserved `.test` domain, answered from a table as a DNS server would. */
function resolverOf(records: Record<string, string[]>): ResolveAddresses & { asked: string[] } {
  const asked: string[] = [];
  const resolve = (hostname: string) => {
    asked.push(hostname);
    const addresses = records[hostname];
    return addresses ? Promise.resolve(addresses) : Promise.reject(new Error('NXDOMAIN'));
  };
  return Object.assign(resolve, { asked });
}

// Unreachable addresses carry port 9, which fetch itself never connects to: were the guard to
// fail, the test would fail without sending anything to them.
describe('guardedFetch: destinations', () => {
  let target: Listener;
  beforeAll(async () => {
    target = await listener();
  });
  afterAll(() => target.close());
  beforeEach(() => {
    target.received.length = 0;
  });

  it.each([
    ['dotted', (port: number) => `http://127.0.0.1:${port}/`],
    ['decimal', (port: number) => `http://2130706433:${port}/`],
    ['octal', (port: number) => `http://0177.0.0.1:${port}/`],
    ['hexadecimal', (port: number) => `http://0x7f.0x0.0x0.0x1:${port}/`],
    ['shortened', (port: number) => `http://127.1:${port}/`],
    ['IPv4-mapped IPv6', (port: number) => `http://[::ffff:127.0.0.1]:${port}/`],
    ['IPv4-mapped IPv6, hex', (port: number) => `http://[::ffff:7f00:1]:${port}/`],
  ])('refuses loopback written %s, and the listener hears nothing', async (_, url) => {
    await expectRefused(guardedFetch()(url(target.port)), 'address');
    expect(target.received).toEqual([]);
  });

  it.each([
    ['private 10/8', 'http://10.0.0.1:9/'],
    ['private 172.16/12', 'http://172.16.0.1:9/'],
    ['private 192.168/16', 'http://192.168.0.1:9/'],
    ['CGNAT', 'http://100.64.0.1:9/'],
    ['link-local metadata', 'http://169.254.169.254:9/latest/meta-data/'],
    ['metadata, decimal', 'http://2852039166:9/'],
    ['AWS IPv6 metadata', 'http://[fd00:ec2::254]:9/'],
    ['IPv6 loopback', 'http://[::1]:9/'],
    ['IPv6 link-local', 'http://[fe80::1]:9/'],
    ['unspecified', 'http://0.0.0.0:9/'],
    ['multicast', 'http://224.0.0.1:9/'],
    ['reserved', 'http://240.0.0.1:9/'],
  ])('refuses %s before sending anything', async (_, url) => {
    await expectRefused(guardedFetch()(url), 'address');
  });

  it.each([
    ['localhost', 'http://localhost:9/'],
    ['a name under localhost', 'http://api.localhost:9/'],
    ['GCP metadata', 'http://metadata.google.internal:9/computeMetadata/v1/'],
    ['GCP metadata, trailing dot', 'http://metadata.google.internal.:9/'],
    ['a single label, completed by search domains', 'http://metadata:9/'],
    ['mDNS', 'http://printer.local:9/'],
  ])('refuses %s without resolving it', async (_, url) => {
    const resolve = resolverOf({});
    await expectRefused(guardedFetch({ resolve })(url), 'name');
    expect(resolve.asked).toEqual([]);
  });

  it('refuses a name that resolves to a private address, in either family', async () => {
    const resolve = resolverOf({
      'intranet.example.test': ['10.1.2.3'],
      'rebound.example.test': ['93.184.216.34', '::ffff:169.254.169.254'],
      'dual.example.test': ['93.184.216.34', 'fd00::1'],
    });
    const fetchVia = guardedFetch({ resolve });
    await expectRefused(fetchVia('https://intranet.example.test:9/'), 'address');
    await expectRefused(fetchVia('https://rebound.example.test:9/'), 'address');
    await expectRefused(fetchVia('https://dual.example.test:9/'), 'address');
  });

  it('refuses a name without any address, or whose lookup fails', async () => {
    const resolve = resolverOf({ 'empty.example.test': [] });
    await expectRefused(guardedFetch({ resolve })('https://empty.example.test/'), 'unresolved');
    await expectRefused(guardedFetch({ resolve })('https://gone.example.test/'), 'unresolved');
  });

  it('lets a name with only public addresses through to fetch', async () => {
    const resolve = resolverOf({ 'public.example.test': ['93.184.216.34', '2606:2800::1'] });
    // fetch then refuses port 9 itself: not the guard's refusal.
    const error = await guardedFetch({ resolve })('http://public.example.test:9/').catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(resolve.asked).toEqual(['public.example.test']);
  });

  it('refuses other schemes', async () => {
    await expectRefused(guardedFetch()('file:///etc/passwd'), 'scheme');
    await expectRefused(guardedFetch()('ftp://ftp.example.test/'), 'scheme');
  });

  it('reaches a trusted origin, and only that exact origin', async () => {
    const fetchVia = guardedFetch({ trustedOrigins: [`${target.origin}/ignored/path`] });
    const response = await fetchVia(`${target.origin}/api`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('answer from /api');
    await expectRefused(fetchVia(`https://127.0.0.1:${target.port}/`), 'address');
    await expectRefused(fetchVia(`http://localhost:${target.port}/`), 'name');
    expect(target.received).toHaveLength(1);
  });
});

describe('guardedFetch: redirects', () => {
  let other: Listener;
  let start: Listener;
  beforeAll(async () => {
    other = await listener();
    start = await listener((path) => {
      const to = decodeURIComponent(path.slice('/to/'.length).split('?')[0] ?? '');
      if (path.startsWith('/to/')) {
        const status = Number(new URL(path, 'http://x').searchParams.get('status') ?? 302);
        return { status, headers: { location: to.replace('{other}', other.origin) } };
      }
      if (path === '/loop') return { status: 302, headers: { location: '/loop' } };
      return { status: 200 };
    });
  });
  afterAll(async () => {
    await start.close();
    await other.close();
  });
  beforeEach(() => {
    start.received.length = 0;
    other.received.length = 0;
  });

  const redirectTo = (location: string, status = 302) =>
    `${start.origin}/to/${encodeURIComponent(location)}?status=${status}`;
  const trustingStart = (extra: Partial<Parameters<typeof guardedFetch>[0]> = {}) =>
    guardedFetch({ trustedOrigins: [start.origin], ...extra });

  it('refuses a redirect to loopback, and the second listener hears nothing', async () => {
    await expectRefused(trustingStart()(redirectTo('{other}/admin')), 'address', true);
    await expectRefused(
      trustingStart()(redirectTo(`http://[::ffff:7f00:1]:${other.port}/admin`)),
      'address',
      true,
    );
    await expectRefused(
      trustingStart()(redirectTo(`http://2130706433:${other.port}/admin`, 307)),
      'address',
      true,
    );
    expect(other.received).toEqual([]);
    expect(start.received).toHaveLength(3);
  });

  it('refuses a redirect to metadata and private hosts', async () => {
    const resolve = resolverOf({ 'internal.example.test': ['192.168.1.10'] });
    const fetchVia = trustingStart({ resolve });
    await expectRefused(
      fetchVia(redirectTo('http://169.254.169.254:9/latest/meta-data/', 301)),
      'address',
      true,
    );
    await expectRefused(fetchVia(redirectTo('http://[fd00:ec2::254]:9/', 308)), 'address', true);
    await expectRefused(
      fetchVia(redirectTo('http://metadata.google.internal:9/computeMetadata/v1/')),
      'name',
      true,
    );
    await expectRefused(fetchVia(redirectTo('http://internal.example.test:9/')), 'address', true);
  });

  it('stops after a bounded number of redirects', async () => {
    await expectRefused(
      trustingStart({ maxRedirects: 2 })(`${start.origin}/loop`),
      'redirects',
      true,
    );
    expect(start.received).toHaveLength(3);
  });

  it('follows a redirect between trusted origins as fetch would', async () => {
    const fetchVia = guardedFetch({ trustedOrigins: [start.origin, other.origin] });
    const init = {
      method: 'POST',
      headers: { authorization: 'Bearer secret', 'content-type': 'application/json' },
      body: '{"a":1}',
    };

    const seeOther = await fetchVia(redirectTo('{other}/after-303', 303), init);
    expect(seeOther.status).toBe(200);
    // 303 turns into a GET without body; leaving the origin drops the credentials.
    expect(other.received.at(-1)).toEqual({
      method: 'GET',
      path: '/after-303',
      authorization: undefined,
      body: '',
    });

    await fetchVia(redirectTo('{other}/after-307', 307), init);
    expect(other.received.at(-1)).toEqual({
      method: 'POST',
      path: '/after-307',
      authorization: undefined,
      body: '{"a":1}',
    });

    // Within the origin the credentials stay.
    await fetchVia(redirectTo('/same-origin', 307), init);
    expect(start.received.at(-1)).toMatchObject({
      path: '/same-origin',
      authorization: 'Bearer secret',
      body: '{"a":1}',
    });
  });
});
