/**
 * JSON as the Graph API writes it: `/` as `\/` and every non-ASCII character as `\u00e9` (lower-case
 * hex). Webhooks are signed over these bytes, so a receiver that re-serialises the parsed body
 * before checking `X-Hub-Signature-256` fails here as it would with Meta (reference §A2).
 */
export function graphJson(value: unknown): string {
  return JSON.stringify(value).replace(/[/\u007f-\uffff]/g, (char) =>
    char === '/' ? '\\/' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
