import type { PostgrestError, SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../test-support/database';
import { createTeam, type Team } from '../../test-support/personas';
import { SAMPLE_FAQ } from '../../test-support/faq-fixtures';

// The chatbot's knowledge base as its pages use it, through supabase-js → PostgREST → Postgres as
// each persona: « Tester » (faq_test), the all-or-nothing CSV import, an entry saved with its
// phrasings, the synonyms, and the log of messages the bot did not understand with its one-click
// actions. Agents and viewers read; each change refuses them with its own code; another
// organisation's rows are neither seen nor touched.

let team: Team;
// One entry without a category.
const faq = SAMPLE_FAQ.map((entry, index) => (index === 2 ? { ...entry, category: null } : entry));

const admin = () => team.clients.admin;

function expectError(
  error: PostgrestError | null,
  expected: { code: string; hint: string; details?: unknown },
) {
  expect(error, 'the call should have been refused').not.toBeNull();
  expect({ code: error!.code, hint: error!.hint }).toEqual({
    code: expected.code,
    hint: expected.hint,
  });
  if (expected.details !== undefined) {
    expect(JSON.parse(error!.details)).toEqual(expected.details);
  }
}

const adminOnly = { code: '42501', hint: 'knowledge_base_requires_admin' };
const notFound = { code: 'P0002', hint: 'unmatched_not_found' };

async function entryIdOf(organizationId: string, category: string): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `select id from public.faq_entries where organization_id = $1 and category = $2`,
    [organizationId, category],
  );
  return row!.id;
}

async function logUnmatched(
  message: string,
  organizationId = team.organizationId,
  conversationId: string | null = null,
): Promise<string> {
  await sql(`select private.log_unmatched_message($1, $2, $3, null, 'question-1')`, [
    organizationId,
    message,
    conversationId,
  ]);
  const [row] = await sql<{ id: string }>(
    `select id from public.bot_unmatched_messages
     where organization_id = $1 and normalized = private.bot_normalize($2)`,
    [organizationId, message],
  );
  return row!.id;
}

async function unmatchedRow(id: string) {
  const [row] = await sql<{ status: string; occurrences: number; text: string }>(
    `select status, occurrences, text from public.bot_unmatched_messages where id = $1`,
    [id],
  );
  return row;
}

async function conversationIn(organizationId: string): Promise<string> {
  const phone = `+23767${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const [row] = await sql<{ id: string }>(
    `with k as (insert into public.contacts (organization_id, phone) values ($1, $2) returning id)
     insert into public.conversations (organization_id, contact_id) select $1, id from k returning id`,
    [organizationId, phone],
  );
  return row!.id;
}

beforeAll(async () => {
  team = await createTeam('bot-kb');
  const { data, error } = await admin().rpc('import_faq', {
    organization_id: team.organizationId,
    entries: faq,
    replace_all: false,
  });
  expect(error).toBeNull();
  expect(data).toEqual({ entries: 3, questions: 5, removed: 0 });
});

describe('« Tester »', () => {
  it('gives every member the entry a message gets, and whether the bot would answer', async () => {
    for (const persona of ['owner', 'admin', 'agent', 'viewer'] as const) {
      const { data, error } = await team.clients[persona].rpc('faq_test', {
        organization_id: team.organizationId,
        message: 'bjr svp c koi vos horaire d ouverture',
      });
      expect(error, persona).toBeNull();
      expect(data[0]).toMatchObject({
        category: 'Horaires',
        answer: faq[0]!.answer,
        above_threshold: true,
      });
      expect(data.length).toBeLessThanOrEqual(3);
    }
  });

  it('says the bot would decline a message about something else', async () => {
    const { data, error } = await admin().rpc('faq_test', {
      organization_id: team.organizationId,
      message: 'tu es célibataire ?',
    });
    expect(error).toBeNull();
    expect(data.filter((row: { above_threshold: boolean }) => row.above_threshold)).toEqual([]);
  });

  it('compares the confidence with the organisation’s threshold', async () => {
    const test = async () => {
      const { data, error } = await admin().rpc('faq_test', {
        organization_id: team.organizationId,
        message: 'ma carte',
      });
      expect(error).toBeNull();
      return data as { confidence: number; above_threshold: boolean }[];
    };
    try {
      for (const threshold of [0.05, 0.95]) {
        await sql(`update public.bot_settings set faq_threshold = $2 where organization_id = $1`, [
          team.organizationId,
          threshold,
        ]);
        const rows = await test();
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) {
          expect(row.above_threshold).toBe(row.confidence >= Math.fround(threshold));
        }
      }
    } finally {
      await sql(`update public.bot_settings set faq_threshold = 0.5 where organization_id = $1`, [
        team.organizationId,
      ]);
    }
  });

  it('refuses a stranger, the anonymous and a message too long', async () => {
    const asked = { organization_id: team.organizationId, message: 'horaires' };
    expectError((await team.clients.stranger.rpc('faq_test', asked)).error, {
      code: '42501',
      hint: 'not_a_member',
    });
    const anonymous = await team.clients.anonymous.rpc('faq_test', asked);
    expect(anonymous.error?.code).toBe('42501');
    expect(anonymous.error?.message).toMatch(/permission denied/);
    expectError(
      (
        await admin().rpc('faq_test', {
          organization_id: team.organizationId,
          message: 'a'.repeat(1001),
        })
      ).error,
      { code: '22023', hint: 'faq_test_message_length' },
    );
  });
});

describe('import', () => {
  const countEntries = async (organizationId: string) =>
    Number(
      (
        await sql<{ n: string }>(
          `select count(*) as n from public.faq_entries where organization_id = $1`,
          [organizationId],
        )
      )[0]!.n,
    );

  it('saves nothing when one entry is wrong, and names it with its French reason', async () => {
    const before = await countEntries(team.organizationId);
    const entries = [
      { category: 'A', answer: 'Une', questions: ['Première ?'] },
      { category: 'B', answer: 'Deux', questions: ['Deuxième ?'] },
      { category: 'C', answer: 'Trois', questions: ['Bonne ?', 'x'.repeat(301)] },
    ];
    const { error } = await admin().rpc('import_faq', {
      organization_id: team.organizationId,
      entries,
      replace_all: true,
    });
    expectError(error, {
      code: '22023',
      hint: 'faq_import_question_length',
      details: { entry: 3 },
    });
    expect(error!.message).toBe(
      'Entrée 3 : chaque question doit contenir entre 1 et 300 caractères.',
    );
    expect(await countEntries(team.organizationId)).toBe(before);
  });

  it.each([
    [{ category: 'A', answer: ' ', questions: ['Q ?'] }, 'faq_import_answer_length'],
    [{ category: 'A', answer: 'x'.repeat(1025), questions: ['Q ?'] }, 'faq_import_answer_length'],
    [{ category: 'x'.repeat(61), answer: 'R', questions: ['Q ?'] }, 'faq_import_category_length'],
    [{ category: 'A', answer: 'R', questions: [] }, 'faq_import_question_count'],
    [
      { category: 'A', answer: 'R', questions: Array.from({ length: 21 }, (_, i) => `Q${i} ?`) },
      'faq_import_question_count',
    ],
    [{ category: 'A', answer: 'R', questions: 'Q ?' }, 'faq_import_entry_unreadable'],
    [{ category: 3, answer: 'R', questions: ['Q ?'] }, 'faq_import_entry_unreadable'],
  ])('refuses %j with %s', async (entry, hint) => {
    const { error } = await admin().rpc('import_faq', {
      organization_id: team.organizationId,
      entries: [{ answer: 'Bonne', questions: ['Bonne ?'] }, entry],
      replace_all: false,
    });
    expectError(error, { code: '22023', hint, details: { entry: 2 } });
  });

  it('refuses an empty list and more than 2,000 entries', async () => {
    expectError(
      (
        await admin().rpc('import_faq', {
          organization_id: team.organizationId,
          entries: [],
          replace_all: false,
        })
      ).error,
      { code: '22023', hint: 'faq_import_empty' },
    );
    const many = Array.from({ length: 2001 }, (_, i) => ({ answer: 'R', questions: [`Q${i}`] }));
    expectError(
      (
        await admin().rpc('import_faq', {
          organization_id: team.organizationId,
          entries: many,
          replace_all: false,
        })
      ).error,
      { code: '54000', hint: 'faq_import_too_many_entries', details: { max: 2000 } },
    );
  });

  it('replaces every entry of the organisation, and only of it, when asked', async () => {
    const strangerOrg = team.otherOrganizationId;
    const imported = await team.clients.stranger.rpc('import_faq', {
      organization_id: strangerOrg,
      entries: [{ category: 'Autre', answer: 'Ailleurs', questions: ['Ailleurs ?'] }],
      replace_all: false,
    });
    expect(imported.error).toBeNull();
    const { data, error } = await team.clients.owner.rpc('import_faq', {
      organization_id: team.organizationId,
      entries: [...faq, { category: 'Autre', answer: 'Rien', questions: ['Rien ?', 'Rien ?'] }],
      replace_all: true,
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({ entries: 4, questions: 6 });
    expect((data as { removed: number }).removed).toBeGreaterThanOrEqual(3);
    expect(await countEntries(team.organizationId)).toBe(4);
    expect(await countEntries(strangerOrg)).toBe(1);
  });
});

describe('an entry saved with its phrasings', () => {
  it('keeps the phrasings kept, removes the others and adds the new ones', async () => {
    const id = await entryIdOf(team.organizationId, 'Horaires');
    const [kept] = await sql<{ id: string }>(
      `select id from public.faq_questions where entry_id = $1 and question = $2`,
      [id, faq[0]!.questions[0]],
    );
    const { data, error } = await admin().rpc('save_faq_entry', {
      organization_id: team.organizationId,
      entry_id: id,
      category: ' Horaires ',
      answer: faq[0]!.answer,
      questions: [faq[0]!.questions[0], '  Êtes-vous ouverts le samedi ?  ', ''],
    });
    expect(error).toBeNull();
    expect(data).toBe(id);
    const rows = await sql<{ id: string; question: string }>(
      `select id, question from public.faq_questions where entry_id = $1`,
      [id],
    );
    expect(rows.map((row) => row.question).sort()).toEqual([
      'Quels sont vos horaires d’ouverture ?',
      'Êtes-vous ouverts le samedi ?',
    ]);
    expect(rows.find((row) => row.question === faq[0]!.questions[0])?.id).toBe(kept!.id);
  });

  it('refuses what the bot could not send or compare', async () => {
    const save = (values: { answer?: string; category?: string; questions?: string[] }) =>
      admin().rpc('save_faq_entry', {
        organization_id: team.organizationId,
        entry_id: null,
        category: values.category ?? null,
        answer: values.answer ?? 'Réponse',
        questions: values.questions ?? ['Question ?'],
      });
    expectError((await save({ answer: 'x'.repeat(1025) })).error, {
      code: '22023',
      hint: 'faq_answer_length',
    });
    expectError((await save({ category: 'x'.repeat(61) })).error, {
      code: '22023',
      hint: 'faq_category_length',
    });
    expectError((await save({ questions: [' '] })).error, {
      code: '22023',
      hint: 'faq_question_count',
    });
    expectError((await save({ questions: ['x'.repeat(301)] })).error, {
      code: '22023',
      hint: 'faq_question_length',
    });
  });

  it('holds every entry to 20 phrasings, even written straight into the table', async () => {
    const id = await entryIdOf(team.organizationId, 'Carte');
    const { error } = await admin()
      .from('faq_questions')
      .insert(
        Array.from({ length: 19 }, (_, i) => ({
          organization_id: team.organizationId,
          entry_id: id,
          question: `Carte ${i} ?`,
        })),
      );
    expectError(error, { code: '22023', hint: 'faq_question_count' });
  });

  it('refuses another organisation’s entry', async () => {
    const theirs = await entryIdOf(team.otherOrganizationId, 'Autre');
    expectError(
      (
        await admin().rpc('save_faq_entry', {
          organization_id: team.organizationId,
          entry_id: theirs,
          category: null,
          answer: 'Volée',
          questions: ['Volée ?'],
        })
      ).error,
      { code: 'P0002', hint: 'faq_entry_not_found' },
    );
    expectError(
      (
        await admin().rpc('save_faq_entry', {
          organization_id: team.otherOrganizationId,
          entry_id: theirs,
          category: null,
          answer: 'Volée',
          questions: ['Volée ?'],
        })
      ).error,
      adminOnly,
    );
  });
});

describe('synonyms', () => {
  it('are saved as the matcher reads them, renamed, and refused when unreadable', async () => {
    const { data, error } = await admin().rpc('save_bot_synonym', {
      organization_id: team.organizationId,
      term: 'Adhérant',
      expansion: 'Adhérent',
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({ term: 'adherant', expansion: 'adherent' });
    const renamed = await admin().rpc('save_bot_synonym', {
      organization_id: team.organizationId,
      term: 'adh',
      expansion: 'adherent',
      previous_term: 'adherant',
    });
    expect(renamed.error).toBeNull();
    const terms = await sql<{ term: string }>(
      `select term from public.bot_synonyms
       where organization_id = $1 and term in ('adh', 'adherant')`,
      [team.organizationId],
    );
    expect(terms.map((row) => row.term)).toEqual(['adh']);
    expectError(
      (
        await admin().rpc('save_bot_synonym', {
          organization_id: team.organizationId,
          term: 'c’est',
          expansion: 'cela est',
        })
      ).error,
      { code: '22023', hint: 'synonym_term_invalid' },
    );
    expectError(
      (
        await admin().rpc('save_bot_synonym', {
          organization_id: team.organizationId,
          term: 'cad',
          expansion: '!!!',
        })
      ).error,
      { code: '22023', hint: 'synonym_expansion_invalid' },
    );
  });
});

describe('messages the bot did not understand', () => {
  it('are grouped by their normalised text, linked to their own organisation’s conversation', async () => {
    const ours = await conversationIn(team.organizationId);
    const theirs = await conversationIn(team.otherOrganizationId);
    const id = await logUnmatched('Vous livrez à Oyem ??', team.organizationId, ours);
    await logUnmatched('vous livrez a oyem', team.organizationId, theirs);
    await sql(`select private.log_unmatched_message($1, '👍 !!', null, null, null)`, [
      team.organizationId,
    ]);
    const [row] = await sql<{ occurrences: number; text: string; conversation_id: string }>(
      `select occurrences, text, conversation_id from public.bot_unmatched_messages where id = $1`,
      [id],
    );
    expect(row).toEqual({ occurrences: 2, text: 'Vous livrez à Oyem ??', conversation_id: ours });
    const [emoji] = await sql<{ n: string }>(
      `select count(*) as n from public.bot_unmatched_messages where organization_id = $1 and text = '👍 !!'`,
      [team.organizationId],
    );
    expect(Number(emoji!.n)).toBe(0);
  });

  it('are read by members only, and changed by no one straight', async () => {
    const id = await logUnmatched('Ça coûte combien la carte grise ?');
    for (const persona of ['owner', 'admin', 'agent', 'viewer'] as const) {
      const { data } = await team.clients[persona]
        .from('bot_unmatched_messages')
        .select('id, text, occurrences, status')
        .eq('id', id);
      expect(data, persona).toEqual([
        { id, text: 'Ça coûte combien la carte grise ?', occurrences: 1, status: 'open' },
      ]);
    }
    for (const persona of ['stranger', 'anonymous'] as const) {
      const { data } = await team.clients[persona]
        .from('bot_unmatched_messages')
        .select('id')
        .eq('id', id);
      expect(data ?? [], persona).toEqual([]);
    }
    const update = await admin()
      .from('bot_unmatched_messages')
      .update({ status: 'dismissed' })
      .eq('id', id);
    expect(update.error?.code).toBe('42501');
    expect((await unmatchedRow(id))?.status).toBe('open');
  });

  it('« Ajouter à une réponse existante »: the message becomes a phrasing of the entry', async () => {
    const message = 'vs etes ouvert le dimanche ou pas';
    const entry = await entryIdOf(team.organizationId, 'Horaires');
    const id = await logUnmatched(message);
    const { error } = await admin().rpc('answer_unmatched_with_faq', {
      unmatched_id: id,
      entry_id: entry,
    });
    expect(error).toBeNull();
    expect((await unmatchedRow(id))?.status).toBe('answered');
    const [question] = await sql(
      `select 1 from public.faq_questions where entry_id = $1 and question = $2`,
      [entry, message],
    );
    expect(question).toBeDefined();
    const tested = await admin().rpc('faq_test', {
      organization_id: team.organizationId,
      message,
    });
    expect(tested.data[0]).toMatchObject({ entry_id: entry, above_threshold: true });
    expectError(
      (await admin().rpc('answer_unmatched_with_faq', { unmatched_id: id, entry_id: entry })).error,
      { code: 'P0001', hint: 'unmatched_already_handled' },
    );
  });

  it('« Nouvelle réponse »: an entry whose first phrasing is the message', async () => {
    const id = await logUnmatched('Où se trouve l’agence de Franceville ?');
    const { data, error } = await admin().rpc('answer_unmatched_with_new_faq', {
      unmatched_id: id,
      answer: 'Face à la mairie de Franceville.',
      category: 'Agences',
    });
    expect(error).toBeNull();
    const rows = await sql<{ category: string; answer: string; question: string }>(
      `select e.category, e.answer, q.question
       from public.faq_entries e join public.faq_questions q on q.entry_id = e.id where e.id = $1`,
      [data],
    );
    expect(rows).toEqual([
      {
        category: 'Agences',
        answer: 'Face à la mairie de Franceville.',
        question: 'Où se trouve l’agence de Franceville ?',
      },
    ]);
    expect((await unmatchedRow(id))?.status).toBe('answered');
  });

  it('refuses a message longer than a phrasing, and leaves it open', async () => {
    const id = await logUnmatched(`Bonjour ${'très '.repeat(70)}long`);
    expectError(
      (
        await admin().rpc('answer_unmatched_with_new_faq', {
          unmatched_id: id,
          answer: 'Réponse',
          category: null,
        })
      ).error,
      { code: '22023', hint: 'unmatched_too_long' },
    );
    expect((await unmatchedRow(id))?.status).toBe('open');
  });

  it('« Synonyme » and « Ignorer »', async () => {
    const id = await logUnmatched('g perdu ma kart');
    const { data, error } = await admin().rpc('answer_unmatched_with_synonym', {
      unmatched_id: id,
      term: 'Kart',
      expansion: 'carte',
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({ term: 'kart', expansion: 'carte' });
    expect((await unmatchedRow(id))?.status).toBe('answered');
    const tested = await admin().rpc('faq_test', {
      organization_id: team.organizationId,
      message: 'g perdu ma kart',
    });
    expect(tested.data[0]).toMatchObject({ category: 'Carte' });

    const other = await logUnmatched('hahaha');
    expect((await admin().rpc('dismiss_unmatched', { unmatched_id: other })).error).toBeNull();
    expect((await unmatchedRow(other))?.status).toBe('dismissed');
    // Written again, it stays dismissed: the admin's decision holds.
    await logUnmatched('hahaha');
    expect(await unmatchedRow(other)).toMatchObject({ status: 'dismissed', occurrences: 2 });
  });

  it('refuses agents and viewers each change, with its own refusal', async () => {
    const id = await logUnmatched('kel doc pour le dossier');
    const entry = await entryIdOf(team.organizationId, 'Carte');
    for (const persona of ['agent', 'viewer'] as const) {
      const client: SupabaseClient = team.clients[persona];
      const calls = [
        client.rpc('answer_unmatched_with_faq', { unmatched_id: id, entry_id: entry }),
        client.rpc('answer_unmatched_with_new_faq', {
          unmatched_id: id,
          answer: 'R',
          category: null,
        }),
        client.rpc('answer_unmatched_with_synonym', {
          unmatched_id: id,
          term: 'doc',
          expansion: 'document',
        }),
        client.rpc('dismiss_unmatched', { unmatched_id: id }),
        client.rpc('import_faq', {
          organization_id: team.organizationId,
          entries: faq,
          replace_all: true,
        }),
        client.rpc('save_faq_entry', {
          organization_id: team.organizationId,
          entry_id: entry,
          category: null,
          answer: 'R',
          questions: ['Q ?'],
        }),
        client.rpc('save_bot_synonym', {
          organization_id: team.organizationId,
          term: 'doc',
          expansion: 'document',
        }),
      ];
      for (const { error } of await Promise.all(calls)) expectError(error, adminOnly);
    }
    expect((await unmatchedRow(id))?.status).toBe('open');
  });

  it('another organisation’s are not found, and its entries cannot be borrowed', async () => {
    const theirs = await logUnmatched('ou est votre bureau', team.otherOrganizationId);
    const ourEntry = await entryIdOf(team.organizationId, 'Carte');
    const calls = [
      admin().rpc('answer_unmatched_with_faq', { unmatched_id: theirs, entry_id: ourEntry }),
      admin().rpc('answer_unmatched_with_new_faq', {
        unmatched_id: theirs,
        answer: 'R',
        category: null,
      }),
      admin().rpc('answer_unmatched_with_synonym', {
        unmatched_id: theirs,
        term: 'ou',
        expansion: 'où',
      }),
      admin().rpc('dismiss_unmatched', { unmatched_id: theirs }),
    ];
    for (const { error } of await Promise.all(calls)) expectError(error, notFound);
    expect((await unmatchedRow(theirs))?.status).toBe('open');

    const ours = await logUnmatched('vous fermez a quelle heure le vendredi');
    const theirEntry = await entryIdOf(team.otherOrganizationId, 'Autre');
    expectError(
      (await admin().rpc('answer_unmatched_with_faq', { unmatched_id: ours, entry_id: theirEntry }))
        .error,
      { code: 'P0002', hint: 'faq_entry_not_found' },
    );
    expect((await unmatchedRow(ours))?.status).toBe('open');
  });

  it('keep at most 5,000 open rows per organisation, the ones seen last', async () => {
    const [org] = await sql<{ id: string }>(
      `insert into public.organizations (name, slug, country_code, default_phone_country)
       values ('Bot bavard', 'bot-bavard-' || substr(md5(random()::text), 1, 8), 'CM', 'CM')
       returning id`,
    );
    await sql(
      `select private.log_unmatched_message($1, 'message ' || g, null, null, null)
       from generate_series(1, 5000) g`,
      [org!.id],
    );
    // Seen later: a transaction of its own each, so that their time is later.
    await logUnmatched('le plus récent', org!.id);
    await logUnmatched('encore plus récent', org!.id);
    const [counts] = await sql<{ open: string; newest: string }>(
      `select count(*) filter (where status = 'open') as open,
              count(*) filter (where text in ('le plus récent', 'encore plus récent')) as newest
       from public.bot_unmatched_messages where organization_id = $1`,
      [org!.id],
    );
    expect(counts).toEqual({ open: '5000', newest: '2' });
    await sql(`delete from public.organizations where id = $1`, [org!.id]);
  });
});
