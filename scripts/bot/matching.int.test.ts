import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../test-support/database';
import { createTeam, type Team } from '../../test-support/personas';

// The chatbot's French matching in SQL: normalisation, the organisation's synonyms, and the FAQ
// entry a message gets. `npm run bot:eval` measures it on a whole set.

let team: Team;
const entries: Record<string, string> = {};

beforeAll(async () => {
  team = await createTeam('bot-matching');
  const faq = {
    horaires: ['Quels sont vos horaires d’ouverture ?', 'À quelle heure ouvrez-vous ?'],
    carte: ['J’ai perdu ma carte d’adhérent', 'Ma carte a été volée'],
    cotisation: ['Comment payer ma cotisation par Mobile Money ?'],
  };
  for (const [name, questions] of Object.entries(faq)) {
    const [row] = await sql<{ id: string }>(
      `insert into public.faq_entries (organization_id, answer) values ($1, $2) returning id`,
      [team.organizationId, `Réponse ${name}`],
    );
    entries[row!.id] = name;
    await sql(
      `insert into public.faq_questions (organization_id, entry_id, question)
       select $1, $2, unnest($3::text[])`,
      [team.organizationId, row!.id, questions],
    );
  }
});

const normalized = async (text: string) =>
  (await sql<{ n: string }>(`select private.bot_normalize($1) as n`, [text]))[0]!.n;

const words = async (text: string) =>
  (
    await sql<{ w: string[] }>(`select private.bot_words($1, $2) as w`, [team.organizationId, text])
  )[0]!.w;

async function best(message: string): Promise<{ entry: string; confidence: number } | null> {
  const [row] = await sql<{ entry_id: string; confidence: number }>(
    `select entry_id, confidence from private.faq_match($1, $2, 1)`,
    [team.organizationId, message],
  );
  return row ? { entry: entries[row.entry_id]!, confidence: row.confidence } : null;
}

describe('normalisation', () => {
  it('folds case, accents and ligatures, letters repeated for emphasis and punctuation', async () => {
    expect(await normalized('  Élève, ŒUVRE !!! Merciiii… d’accord?  ')).toBe(
      'eleve oeuvre merci d accord',
    );
    expect(await normalized('Ça coûte 5 000 FCFA ?')).toBe('ca coute 5 000 fcfa');
  });

  it('expands the organisation’s chat forms and puts words in the singular', async () => {
    expect(await words('Bjr, vos horaires svp')).toEqual([
      'bonjour',
      'vos',
      'horaire',
      's',
      'il',
      'vous',
      'plait',
    ]);
    expect(await words('les bureaux, le mois, les remboursements')).toEqual([
      'les',
      'bureau',
      'le',
      'mois',
      'les',
      'remboursement',
    ]);
  });
});

describe('the FAQ entry a message gets', () => {
  it('finds the entry whatever the spelling', async () => {
    expect((await best('bjr svp c koi vos horaire d ouverture'))?.entry).toBe('horaires');
    expect((await best('jai perdu ma carte hier'))?.entry).toBe('carte');
    expect((await best('comment je paye la cotisation avec momo'))?.entry).toBe('cotisation');
  });

  it('is far less sure of a message about something else', async () => {
    const offTopic = await best('tu es célibataire ?');
    expect(offTopic?.confidence ?? 0).toBeLessThan(0.2);
  });

  it('reads the phrasings again when a synonym changes', async () => {
    const stored = async () =>
      (
        await sql<{ words: string[] }>(
          `select words from public.faq_questions
           where organization_id = $1 and question = 'J’ai perdu ma carte d’adhérent'`,
          [team.organizationId],
        )
      )[0]!.words;
    expect(await stored()).toContain('adherent');
    await sql(
      `insert into public.bot_synonyms (organization_id, term, expansion) values ($1, 'adherent', 'membre')`,
      [team.organizationId],
    );
    expect(await stored()).toContain('membre');
    expect((await best('j ai perdu ma carte de membre'))?.entry).toBe('carte');
  });
});
