import { t } from '@lingui/core/macro';
import { z } from 'zod';
import { characterCount } from '../../domain/contacts/length-hint';
import { formatNumber } from '../../lib/format';

// Canned replies (`canned_responses`): a short code typed after « / » in the composer, the text
// (which may hold variables) and an optional file sent with it by URL. The limits are the
// database's.

export const maxShortCodeLength = 32;
export const maxContentLength = 4096;
export const maxAttachmentUrlLength = 2048;

/** The database's rule: a lower-case letter or a digit, then letters, digits, « - » and « _ ». */
const shortCodePattern = /^[a-z0-9][a-z0-9_-]*$/;

/** What people type as they would in the composer: « /Merci » is the code « merci ». */
export function normaliseShortCode(value: string): string {
  return value.trim().replace(/^\/+/, '').toLowerCase();
}

/** Why a short code (already normalised) is refused, or null when it is a valid one. */
export function shortCodeProblem(code: string): string | null {
  if (code === '') return t`Raccourci requis`;
  if (code.length > maxShortCodeLength) {
    const max = maxShortCodeLength;
    return t`Le raccourci contient au plus ${max} caractères`;
  }
  if (!/^[a-z0-9_-]+$/.test(code)) {
    return t`Lettres minuscules sans accent, chiffres, « - » et « _ » seulement, sans espace`;
  }
  if (!shortCodePattern.test(code)) return t`Le raccourci commence par une lettre ou un chiffre`;
  return null;
}

export function isValidShortCode(code: string): boolean {
  return shortCodeProblem(code) === null;
}

/** Whether `value` is an https:// address a browser could open. */
export function isHttpsUrl(value: string): boolean {
  if (!/^https:\/\/\S+$/.test(value)) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

export const cannedResponseSchema = z.object({
  shortCode: z
    .string()
    .transform(normaliseShortCode)
    .superRefine((code, context) => {
      const problem = shortCodeProblem(code);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  content: z
    .string()
    .trim()
    .min(1, { error: () => t`Texte de la réponse requis`, abort: true })
    .refine((text) => characterCount(text) <= maxContentLength, {
      error: () => {
        const max = formatNumber(maxContentLength);
        return t`Le texte contient au plus ${max} caractères`;
      },
    }),
  attachmentUrl: z
    .string()
    .trim()
    .refine((url) => url === '' || isHttpsUrl(url), {
      error: () => t`Une adresse qui commence par https://`,
      abort: true,
    })
    .refine((url) => url.length <= maxAttachmentUrlLength, {
      error: () => {
        const max = formatNumber(maxAttachmentUrlLength);
        return t`L’adresse contient au plus ${max} caractères`;
      },
    }),
});

export type CannedResponseInput = z.input<typeof cannedResponseSchema>;
export type CannedResponseValues = z.output<typeof cannedResponseSchema>;

/** A variable the inbox fills when the reply is inserted: {{contact.name}} … */
export function variableToken(path: string): string {
  return `{{${path}}}`;
}

export const builtInVariables = ['contact.name', 'contact.phone', 'agent.name'] as const;
export type BuiltInVariable = (typeof builtInVariables)[number];

/** A contact attribute as a variable: {{contact.ville}}; null when its key cannot be one. */
export function attributeVariable(key: string): string | null {
  const trimmed = key.trim();
  if (trimmed === '' || /[{}\s]/.test(trimmed)) return null;
  return `contact.${trimmed}`;
}

/**
 * `text` with `snippet` in place of the selection [start, end), and where the caret goes after it:
 * a variable typed where the person was writing.
 */
export function insertAt(
  text: string,
  start: number | null,
  end: number | null,
  snippet: string,
): { text: string; caret: number } {
  const from = Math.min(Math.max(start ?? text.length, 0), text.length);
  const to = Math.min(Math.max(end ?? from, from), text.length);
  return { text: text.slice(0, from) + snippet + text.slice(to), caret: from + snippet.length };
}
