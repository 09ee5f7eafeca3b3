import { stackInfo } from './clients';

interface LlmSandboxAddress {
  url: string;
  token: string;
}

/**
 * A call on the LLM sandbox's control API (`/_sandbox/…`, scripts/sandbox/llm/README.md): the
 * test stack's, or `sandbox` for a script that started its own stack.
 */
export async function llmSandbox<T>(
  method: string,
  path: string,
  body?: unknown,
  sandbox: LlmSandboxAddress = stackInfo().sandboxes.llm as LlmSandboxAddress,
): Promise<T> {
  const { url, token } = sandbox;
  const response = await fetch(`${url}/_sandbox/${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`llm sandbox ${method} ${path}: ${response.status}`);
  return (await response.json()) as T;
}
