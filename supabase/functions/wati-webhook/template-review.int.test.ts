import { beforeAll, describe, expect, it } from 'vitest';
import { postWebhook } from '../../../test-support/campaign-fixtures';
import { sql } from '../../../test-support/database';
import { createTeam, type Team } from '../../../test-support/personas';
import { organizationWebhookUrl } from '../../../test-support/wati/stack-tenant';

// WhatsApp's review of a template, told by Wati's templateReviewed webhook, changes that template
// only: one name can be a French and an English template, and the event says which by Wati's id
// of the template (it carries no language). A template whose id WCAP does not know yet (just
// submitted, Wati's answer not in) is found by its name.

interface Answer {
  ok?: boolean;
  outcome?: string;
  duplicate?: boolean;
}

interface TemplateRow extends Record<string, unknown> {
  language: string;
  status: string;
}

let team: Team;
let webhookUrl: string;
let names = 0;

beforeAll(async () => {
  team = await createTeam('template-review');
  webhookUrl = await organizationWebhookUrl(team.organizationId, team.clients.owner);
});

/** A name no other test of the run uses. */
const freshName = () => `rappel_${Date.now().toString(36)}_${(names += 1)}`;

/** A Wati id (an ObjectId: 24 hex digits) no other template has. */
const watiId = () => crypto.randomUUID().replaceAll('-', '').slice(0, 24);

/** Files a pending template as the synchronisation (with its id) or a submission (without) does. */
async function fileTemplate(name: string, language: string, id: string | null): Promise<void> {
  await sql(
    `insert into public.whatsapp_templates
       (organization_id, wati_id, name, language, status, body)
     values ($1, $2, $3, $4, 'PENDING', 'Votre rendez-vous est confirmé.')`,
    [team.organizationId, id, name, language],
  );
}

const statuses = async (name: string) =>
  Object.fromEntries(
    (
      await sql<TemplateRow>(
        `select language, status from public.whatsapp_templates
         where organization_id = $1 and name = $2`,
        [team.organizationId, name],
      )
    ).map((row) => [row.language, row.status]),
  );

/** Wati's event (reference §9.4), from PENDING (1) to `newTemplateStatus`. */
async function review(
  name: string,
  id: string,
  newTemplateStatus: number,
): Promise<{ status: number; body: Answer }> {
  return await postWebhook<Answer>(webhookUrl, {
    eventType: 'templateReviewed',
    wabaId: '102290129340398',
    templateName: name,
    // Meta's id of the template, which WCAP does not keep.
    templateId: (BigInt(`0x${id}`) % 10n ** 16n).toString().padStart(16, '1'),
    watiTemplateId: id,
    oldTemplateStatus: 1,
    newTemplateStatus,
    channelId: null,
    channelPhoneNumber: '237650000000',
  });
}

const applied = { status: 200, body: { ok: true, outcome: 'template' } };

describe('templateReviewed', () => {
  it('changes the template whose Wati id it carries, not its namesake in another language', async () => {
    const name = freshName();
    const [french, english] = [watiId(), watiId()];
    await fileTemplate(name, 'fr', french);
    await fileTemplate(name, 'en', english);

    expect(await review(name, english, 2)).toEqual(applied);
    expect(await statuses(name)).toEqual({ fr: 'PENDING', en: 'APPROVED' });

    // The same review of the French one is another event, not a repeat of the English one's.
    expect(await review(name, french, 2)).toEqual(applied);
    expect(await statuses(name)).toEqual({ fr: 'APPROVED', en: 'APPROVED' });

    // Wati delivering it again changes nothing.
    expect(await review(name, french, 2)).toEqual({
      status: 200,
      body: { ok: true, duplicate: true },
    });
  });

  it('finds by its name a template just submitted, whose id WCAP does not know yet', async () => {
    const name = freshName();
    await fileTemplate(name, 'fr', null);
    await fileTemplate(name, 'en', watiId());

    expect(await review(name, watiId(), 3)).toEqual(applied);
    expect(await statuses(name)).toEqual({ fr: 'REJECTED', en: 'PENDING' });
  });

  it('leaves alone a namesake with another id: the template reviewed is not in WCAP', async () => {
    const name = freshName();
    await fileTemplate(name, 'fr', watiId());

    expect(await review(name, watiId(), 2)).toEqual({
      status: 200,
      body: { ok: true, outcome: 'unmatched' },
    });
    expect(await statuses(name)).toEqual({ fr: 'PENDING' });
  });
});
