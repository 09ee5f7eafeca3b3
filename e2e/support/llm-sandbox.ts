import { stackInfo } from './stack';

// The stack's LLM sandbox (scripts/sandbox/llm/README.md), through its control API.

async function control(path: string, body: unknown): Promise<void> {
  const { url, token } = stackInfo().sandboxes.llm as { url: string; token: string };
  const response = await fetch(`${url}/_sandbox/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`LLM sandbox ${path}: HTTP ${response.status}`);
}

/** The model's next answers, first first, whatever their format (`{content: '…'}`, `'500'`…). */
export const scriptModel = (next: unknown[]) => control('behaviour', { next });

/**
 * The FAQ AI check's next choice (« 1 », « 2 », « 3 » or « none »), kept for its own requests:
 * other specs' calls to the model running meanwhile pass it by.
 */
export const scriptFaqChoice = (entry: string) =>
  scriptModel([{ content: JSON.stringify({ entry }), schema: 'faq_choice' }]);

/**
 * Drops the answers still scripted. Not `/_sandbox/reset`: that also forgets the requests, which
 * other specs running at the same time read (ai-writing.spec.ts).
 */
export const clearModelScript = () => scriptModel([]);
