import type { WatiSandbox } from '../../scripts/sandbox/wati/sandbox';

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** Raw HTTP to the sandbox, as a tenant's token holder would call it. */
export function sandboxApi(sandbox: WatiSandbox, tenantId: string) {
  const { token } = sandbox.addTenant({ id: tenantId });
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    authorization: string | null = `Bearer ${token}`,
  ): Promise<Reply> => {
    const response = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: {
        ...(authorization === null ? {} : { Authorization: authorization }),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // Not every answer is JSON (401, gateway errors).
    }
    return { status: response.status, headers: response.headers, text, json };
  };
  return { token, call };
}

/** The control API, as the stack or a test runner would call it. */
export async function controlCall(
  sandbox: WatiSandbox,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${sandbox.url}/_sandbox${path}`, {
    method,
    headers: { Authorization: `Bearer ${sandbox.token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}
