import { demoOrganizationId } from '../../scripts/demo-login';
import { demoMemberClient, serviceClient } from './throwaway-organization';

/**
 * Imports the demo organisation's FAQ (its 20 entries in supabase/seed.sql, several phrasings each)
 * into `organizationId`, as its admin imports a CSV (import_faq): the seed stays the one definition
 * of the demo knowledge base. Every organisation starts with the same synonyms, so a message
 * finds the same entries in both.
 */
export async function copyDemoFaq(organizationId: string): Promise<void> {
  const read = await serviceClient()
    .from('faq_entries')
    .select('category, answer, faq_questions(question)')
    .eq('organization_id', demoOrganizationId);
  if (read.error) throw read.error;
  const entries = read.data.map((entry) => ({
    category: entry.category,
    answer: entry.answer,
    questions: entry.faq_questions.map((phrasing) => phrasing.question),
  }));
  const { client } = await demoMemberClient('admin');
  const imported = await client.rpc('import_faq', {
    organization_id: organizationId,
    entries,
    replace_all: false,
  });
  if (imported.error) throw imported.error;
}
