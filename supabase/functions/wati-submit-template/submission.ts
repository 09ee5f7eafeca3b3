import { whatsappRuleBroken } from '../_shared/ai-writing/whatsapp-rules.ts';
import { errorResponse } from '../_shared/http.ts';
import type { WatiCreateTemplateRequest } from '../_shared/wati/requests.ts';

export const TEMPLATE_LANGUAGES = ['fr', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/**
 * Why WhatsApp would refuse `body` as a template's body, in French, or undefined. The rules are
 * those the AI's campaign variants are held to; their sentences speak of « une des propositions »
 * (three variants), here there is one text.
 */
export function bodyProblem(body: string): string | undefined {
  return whatsappRuleBroken('campaign', body)
    ?.replace(/^Une des propositions/, 'Le texte')
    .replace(/d’une des propositions/, 'du texte');
}

export function bodyRefused(problem: string): Response {
  return errorResponse(
    400,
    'template_body_invalid',
    `Ce texte ne peut pas devenir un modèle WhatsApp. ${problem}`,
  );
}

export const nameTaken = (): Response =>
  errorResponse(
    409,
    'template_name_taken',
    'Un modèle porte déjà ce nom dans cette langue : choisissez-en un autre.',
  );

/** A sample per variable is what WhatsApp's reviewers read; WCAP's form asks for none. */
const SAMPLE: Record<TemplateLanguage, string> = { fr: 'exemple', en: 'example' };

/** The legacy create call's body for a body-only template whose variables are `{{1}}`, `{{2}}`… */
export function createRequest(template: {
  name: string;
  category: WatiCreateTemplateRequest['category'];
  language: TemplateLanguage;
  body: string;
}): WatiCreateTemplateRequest {
  const numbers = new Set(
    [...template.body.matchAll(/\{\{([1-9][0-9]*)\}\}/g)].map((match) => Number(match[1])),
  );
  return {
    elementName: template.name,
    category: template.category,
    language: template.language,
    body: template.body,
    customParams: [...numbers]
      .sort((a, b) => a - b)
      .map((number) => ({
        paramName: String(number),
        paramValue: `${SAMPLE[template.language]} ${number}`,
      })),
  };
}

// What Wati's (English) refusal is about; its words go to the log only, as for every Wati answer
// (wati-responses.ts), and people get the gist in French.
const ALREADY_EXISTS = /already exists|already in use|duplicate|same name/i;
const TOPICS: ReadonlyArray<[RegExp, string]> = [
  [/\bname\b/i, 'son nom'],
  [/variable|param|sample|example/i, 'ses variables ou leurs exemples'],
  [/categor/i, 'sa catégorie'],
  [/language/i, 'sa langue'],
  [/body|text|character|length/i, 'son texte'],
];

/** The answer to Wati refusing the template, told by what its reason is about. */
export function watiRefusal(detail: string): Response {
  if (ALREADY_EXISTS.test(detail)) return nameTaken();
  const topic = TOPICS.find(([pattern]) => pattern.test(detail))?.[1];
  return errorResponse(
    422,
    'wati_template_refused',
    topic
      ? `Wati a refusé ce modèle (${topic}) : corrigez-le, puis soumettez-le à nouveau.`
      : 'Wati a refusé ce modèle : vérifiez son nom et son texte, puis soumettez-le à nouveau.',
  );
}

/** The create call may have reached Wati before the answer was lost. */
export const unconfirmed = (): Response =>
  errorResponse(
    502,
    'wati_template_unconfirmed',
    'Wati n’a pas confirmé la création du modèle, qui a peut-être eu lieu : synchronisez les modèles avant de le soumettre à nouveau.',
  );
