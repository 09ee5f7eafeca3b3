import { stackInfo } from './clients';

/** A call on the stack's LLM sandbox control API (`/_sandbox/…`, scripts/sandbox/llm/README.md). */
export async function llmSandbox<T>(method: string, path: string, body?: unknown): Promise<T> {
  const { url, token } = stackInfo().sandboxes.llm as { url: string; token: string };
  const response = await fetch(`${url}/_sandbox/${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`llm sandbox ${method} ${path}: ${response.status}`);
  return (await response.json()) as T;
}
