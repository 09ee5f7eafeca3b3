import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../test-support/database';
import { createTeam, type Team } from '../../test-support/personas';

// The chatbot's French matching in SQL: normalisation, the organisation's synonyms, and the FAQ
// entry a message gets. `npm run bot:eval` measures it on a whole set.

let team: Team;
const entries: Record<string, string> = {};

async function addEntry(
  organizationId: string,
  name: string,
  questions: string[],
  answer = `Réponse ${name}`,
): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `insert into public.faq_entries (organization_id, answer) values ($1, $2) returning id`,
    [organizationId, answer],
  );
  entries[row!.id] = name;
  await sql(
    `insert into public.faq_questions (organization_id, entry_id, question)
     select $1, $2, unnest($3::text[])`,
    [organizationId, row!.id, questions],
  );
  return row!.id;
}

beforeAll(async () => {
  team = await createTeam('bot-matching');
  await addEntry(team.organizationId, 'horaires', [
    'Quels sont vos horaires d’ouverture ?',
    'À quelle heure ouvrez-vous ?',
  ]);
  await addEntry(
    team.organizationId,
    'carte',
    ['J’ai perdu ma carte d’adhérent', 'Ma carte a été volée'],
    'Déclarez la perte en agence et demandez un duplicata.',
  );
  await addEntry(team.organizationId, 'cotisation', [
    'Comment payer ma cotisation par Mobile Money ?',
  ]);
  await addEntry(team.organizationId, 'hopitaux', ['Quels hôpitaux sont partenaires ?']);
  await addEntry(team.organizationId, 'remboursement', [
    'Quel est le délai de remboursement ?',
    'Combien de temps pour être remboursé ?',
  ]);
});

const normalized = async (text: string) =>
  (await sql<{ n: string }>(`select private.bot_normalize($1) as n`, [text]))[0]!.n;

const words = async (text: string, organizationId = team.organizationId) =>
  (await sql<{ w: string[] }>(`select private.bot_words($1, $2) as w`, [organizationId, text]))[0]!
    .w;

const stems = async (...list: string[]) =>
  (
    await sql<{ s: string[] }>(
      `select array(select private.bot_stem(private.bot_singular(private.bot_normalize(w)))
                    from unnest($1::text[]) w) as s`,
      [list],
    )
  )[0]!.s;

async function best(
  message: string,
  organizationId = team.organizationId,
): Promise<{ entry: string; confidence: number } | null> {
  const [row] = await sql<{ entry_id: string; confidence: number }>(
    `select entry_id, confidence from private.faq_match($1, $2, 1)`,
    [organizationId, message],
  );
  return row ? { entry: entries[row.entry_id]!, confidence: row.confidence } : null;
}

const threshold = async () =>
  (
    await sql<{ t: number }>(
      `select faq_threshold as t from public.bot_settings where organization_id = $1`,
      [team.organizationId],
    )
  )[0]!.t;

describe('normalisation', () => {
  it('folds case, accents and ligatures, letters repeated for emphasis and punctuation', async () => {
    expect(await normalized('  Élève, ŒUVRE !!! Merciiii… d’accord?  ')).toBe(
      'eleve oeuvre merci d accord',
    );
    expect(await normalized('Ça coûte 5 000 FCFA ?')).toBe('ca coute 5 000 fcfa');
    expect(await normalized('remboursé à 80%')).toBe('rembourse a 80 pour cent');
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
    expect(await words('les bureaux, le mois, les remboursements, les hôpitaux')).toEqual([
      'les',
      'bureau',
      'le',
      'mois',
      'les',
      'remboursement',
      'les',
      'hopital',
    ]);
  });

  it('reads English through the glossary, plural or not', async () => {
    expect(await words('Opening hours? Hospitals')).toEqual(['ouverture', 'heure', 'hopital']);
  });

  it('gives a verb, its participles and its nouns one stem', async () => {
    const [rembourser, ...rest] = await stems(
      'rembourser',
      'remboursée',
      'remboursement',
      'remboursez',
    );
    expect(rest).toEqual([rembourser, rembourser, rembourser]);
    expect(new Set(await stems('inscrire', 'inscrit', 'inscription')).size).toBe(1);
    expect(new Set(await stems('ouvrir', 'ouvrent', 'ouvert', 'ouverture')).size).toBe(1);
    expect(new Set(await stems('perdre', 'perdu', 'perte')).size).toBe(1);
    expect(new Set(await stems('payer', 'paye', 'paiement', 'payement')).size).toBe(1);
  });
});

describe('the FAQ entry a message gets', () => {
  it('finds the entry whatever the spelling', async () => {
    expect((await best('bjr svp c koi vos horaire d ouverture'))?.entry).toBe('horaires');
    expect((await best('jai perdu ma carte hier'))?.entry).toBe('carte');
    expect((await best('comment je paye la cotisation avec momo'))?.entry).toBe('cotisation');
  });

  it('takes singular for plural and ignores accents', async () => {
    expect((await best('HORAIRE ?'))?.entry).toBe('horaires');
    expect((await best('quel hopital est partenaire'))?.entry).toBe('hopitaux');
    expect((await best('les cartes perdues'))?.entry).toBe('carte');
  });

  it('forgives typos in long words and reads the answer too', async () => {
    expect((await best('delai rembourssement'))?.entry).toBe('remboursement');
    expect((await best('comment avoir un duplicata'))?.entry).toBe('carte');
  });

  it('answers an English question with the French entry', async () => {
    const found = await best('What time do you open?');
    expect(found?.entry).toBe('horaires');
    expect(found!.confidence).toBeGreaterThanOrEqual(await threshold());
    expect((await best('I lost my card'))?.entry).toBe('carte');
  });

  it('answers a clear question above the organisation’s threshold', async () => {
    const found = await best('combien de temps pour le remboursement svp');
    expect(found?.entry).toBe('remboursement');
    expect(found!.confidence).toBeGreaterThanOrEqual(await threshold());
  });

  it('stays below the threshold for what is about something else', async () => {
    const limit = await threshold();
    expect((await best('tu es célibataire ?'))?.confidence ?? 0).toBeLessThan(0.2);
    // A word of the FAQ, about something the FAQ does not know.
    expect((await best('j ai perdu mon passeport'))?.confidence ?? 0).toBeLessThan(limit);
    // Question words alone say nothing.
    expect(await best('c comment ?')).toBeNull();
  });

  it('leaves out disabled entries', async () => {
    const id = await addEntry(team.organizationId, 'vaccination', ['Campagne de vaccination ?']);
    expect((await best('vaccination'))?.entry).toBe('vaccination');
    await sql(`update public.faq_entries set enabled = false where id = $1`, [id]);
    expect(await best('vaccination')).toBeNull();
  });

  it('forgets what a deleted phrasing or entry said', async () => {
    const id = await addEntry(team.organizationId, 'attestation', [
      'Attestation de droits ?',
      'Certificat de scolarité',
    ]);
    await sql(
      `delete from public.faq_questions where entry_id = $1 and question like 'Certificat%'`,
      [id],
    );
    expect(await best('certificat scolarité')).toBeNull();
    await sql(`delete from public.faq_entries where id = $1`, [id]);
    expect(await best('attestation')).toBeNull();
    const [left] = await sql<{ n: number }>(
      `select count(*)::int as n from private.faq_terms where entry_id = $1`,
      [id],
    );
    expect(left!.n).toBe(0);
  });

  it('indexes what an admin writes through the API', async () => {
    const admin = team.clients.admin;
    const entry = await admin
      .from('faq_entries')
      .insert({ organization_id: team.organizationId, answer: 'Le parking est gratuit.' })
      .select('id')
      .single();
    expect(entry.error).toBeNull();
    entries[entry.data!.id] = 'parking';
    const phrasing = await admin.from('faq_questions').insert({
      organization_id: team.organizationId,
      entry_id: entry.data!.id,
      question: 'Y a-t-il un parking devant l’agence ?',
    });
    expect(phrasing.error).toBeNull();
    expect((await best('ou garer ma voiture, il y a un parking?'))?.entry).toBe('parking');
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

describe('organisations', () => {
  it('match against their own FAQ, synonyms and word counts only', async () => {
    const message = 'quels sont vos horaires svp';
    const before = await best(message);
    expect(before?.entry).toBe('horaires');

    // The other organisation's FAQ says « horaires » everywhere and knows « passeport ».
    const other = team.otherOrganizationId;
    for (let i = 0; i < 6; i += 1) {
      await addEntry(other, `ailleurs-${i}`, [`Horaires du guichet ${i} pour le passeport ?`]);
    }
    await sql(
      `insert into public.bot_synonyms (organization_id, term, expansion) values ($1, 'hrs', 'horaires')`,
      [other],
    );

    expect(await best(message)).toEqual(before);
    expect(await best('passeport')).toBeNull();
    expect(await best('hrs')).toBeNull();
    expect((await best('hrs', other))?.entry).toMatch(/^ailleurs-/);
  });
});
