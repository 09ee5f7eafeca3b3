import type { Purpose } from '@shared/ai-writing/whatsapp-rules.ts';
import { callFunction } from '../../lib/functions';
import { supabase } from '../../lib/supabase';

export type AiPurpose = Purpose;
export type AiLanguage = 'fr' | 'en';

export type GenerationRequest = {
  organizationId: string;
  purpose: AiPurpose;
  brief: string;
  /** Left out: the model writes in the brief's language. */
  language?: AiLanguage;
  context?: string;
};

export type Generation = {
  variants: [string, string, string];
  language: AiLanguage;
  /** The wallet's balance once this generation was paid for. */
  balance: number;
};

/** Three variants for one credit (ai-generate). */
export function generateVariants(request: GenerationRequest): Promise<Generation> {
  return callFunction<Generation>(supabase.functions, 'ai-generate', { body: request });
}

export type TemplateCategory = 'MARKETING' | 'UTILITY';

export type TemplateSubmission = {
  organizationId: string;
  name: string;
  category: TemplateCategory;
  language: AiLanguage;
  body: string;
};

/** The template as WCAP stored it, waiting for WhatsApp's approval. */
export type SubmittedTemplate = { id: string; name: string; status: string };

/** Submits a text to WhatsApp as a new template, through Wati (wati-submit-template). */
export async function submitTemplate(submission: TemplateSubmission): Promise<SubmittedTemplate> {
  const answer = await callFunction<{ template: SubmittedTemplate }>(
    supabase.functions,
    'wati-submit-template',
    { body: submission },
  );
  return answer.template;
}
