import { describe, expect, it } from 'vitest';
import type { CampaignRecord } from './api';
import { CAMPAIGN_NAME_MAX_LENGTH } from '@shared/limits.ts';
import {
  campaignFormSchema,
  characterCount,
  formAudience,
  maxNameLength,
  nameLengthText,
  newCampaignForm,
  toCampaignValues,
  toFormValues,
  type CampaignFormValues,
  type CampaignIntent,
} from './campaign-form';

const zone = 'Africa/Douala';
const now = new Date('2026-03-10T12:00:00Z');
const templateId = 'a0000000-0000-4000-8000-000000000001';
const segmentId = 'e0000000-0000-4000-8000-000000000001';

function form(overrides: Partial<CampaignFormValues> = {}): CampaignFormValues {
  return {
    ...newCampaignForm(zone, now),
    name: 'Rappel Douala',
    templateId,
    bindings: [{ parameter: 'name', choice: 'field:name', value: '' }],
    ...overrides,
  };
}

/** The French messages by path, as the form would show them. */
function problems(values: CampaignFormValues, intent: CampaignIntent) {
  const result = campaignFormSchema(intent, { timeZone: zone, now: () => now }).safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.'), issue.message]),
  );
}

describe('newCampaignForm', () => {
  it('starts with everyone, now, no quiet hours yet set to 21:00 → 08:00, a schedule for tomorrow 09:00', () => {
    expect(newCampaignForm(zone, now)).toEqual({
      name: '',
      templateId: '',
      bindings: [],
      audienceKind: 'all',
      segmentId: '',
      tags: [],
      timing: 'now',
      scheduledDate: '2026-03-11',
      scheduledTime: '09:00',
      quietHours: false,
      quietStart: '21:00',
      quietEnd: '08:00',
    });
  });

  it('takes tomorrow on the organisation’s calendar, not the machine’s', () => {
    // 23:30 UTC is already 00:30 the next day in Douala.
    expect(newCampaignForm(zone, new Date('2026-03-10T23:30:00Z')).scheduledDate).toBe(
      '2026-03-12',
    );
  });
});

describe('campaignFormSchema', () => {
  it('accepts a complete campaign for a launch', () => {
    expect(problems(form(), 'launch')).toEqual({});
  });

  it('asks for a name, in French', () => {
    expect(problems(form({ name: '   ' }), 'draft')).toEqual({
      name: 'Donnez un nom à la campagne.',
    });
    expect(problems(form({ name: 'é'.repeat(121) }), 'draft')).toEqual({
      name: 'Le nom compte 120 caractères au plus.',
    });
    expect(problems(form({ name: 'é'.repeat(120) }), 'draft')).toEqual({});
  });

  it('lets a draft go without a template or unmapped parameters, not a launch', () => {
    const unfinished = form({
      templateId: '',
      bindings: [],
    });
    expect(problems(unfinished, 'draft')).toEqual({});
    expect(problems(unfinished, 'launch')).toEqual({
      templateId: 'Choisissez un modèle approuvé.',
    });

    const unmapped = form({ bindings: [{ parameter: 'name', choice: '', value: '' }] });
    expect(problems(unmapped, 'draft')).toEqual({});
    expect(problems(unmapped, 'launch')).toEqual({
      'bindings.0.choice': 'Choisissez d’où vient la valeur de ce paramètre.',
    });
  });

  it('checks attribute keys and fixed texts as the templates page does', () => {
    expect(
      problems(
        form({ bindings: [{ parameter: 'name', choice: 'attribute', value: ' ' }] }),
        'draft',
      ),
    ).toEqual({ 'bindings.0.value': 'Indiquez la clé de l’attribut' });
    expect(
      problems(form({ bindings: [{ parameter: 'name', choice: 'text', value: '' }] }), 'draft'),
    ).toEqual({ 'bindings.0.value': 'Saisissez le texte à insérer' });
    expect(
      problems(
        form({ bindings: [{ parameter: 'name', choice: 'text', value: 'Bonjour\nà tous' }] }),
        'draft',
      ),
    ).toEqual({
      'bindings.0.value':
        'WhatsApp refuse les retours à la ligne, les tabulations et plus de 4 espaces de suite',
    });
  });

  it('reports a parameter’s problem alongside the others', () => {
    expect(
      problems(
        form({
          name: '',
          bindings: [{ parameter: 'name', choice: 'attribute', value: '' }],
          audienceKind: 'segment',
        }),
        'launch',
      ),
    ).toEqual({
      name: 'Donnez un nom à la campagne.',
      'bindings.0.value': 'Indiquez la clé de l’attribut',
      segmentId: 'Choisissez un segment.',
    });
  });

  it('asks for the segment or the tags the audience names', () => {
    expect(problems(form({ audienceKind: 'segment' }), 'draft')).toEqual({
      segmentId: 'Choisissez un segment.',
    });
    expect(problems(form({ audienceKind: 'tags' }), 'draft')).toEqual({
      tags: 'Ajoutez au moins une étiquette.',
    });
    expect(
      problems(
        form({ audienceKind: 'tags', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }),
        'draft',
      ),
    ).toEqual({ tags: '20 étiquettes au plus.' });
  });

  it('checks the schedule, and that it is still to come when launching', () => {
    expect(problems(form({ timing: 'scheduled', scheduledDate: '' }), 'draft')).toEqual({
      scheduledDate: 'Indiquez la date d’envoi.',
    });
    expect(problems(form({ timing: 'scheduled', scheduledTime: '' }), 'draft')).toEqual({
      scheduledTime: 'Indiquez l’heure d’envoi.',
    });
    expect(problems(form({ timing: 'scheduled', scheduledDate: '2026-02-30' }), 'draft')).toEqual({
      scheduledDate: 'Cette date n’existe pas.',
    });

    // 13:00 in Douala is 12:00 UTC: « now » exactly has passed; 13:01 has not.
    const past = form({ timing: 'scheduled', scheduledDate: '2026-03-10', scheduledTime: '13:00' });
    expect(problems(past, 'draft')).toEqual({});
    expect(problems(past, 'launch')).toEqual({
      scheduledDate:
        'Ce moment est passé : choisissez une date et une heure à venir, ou « Envoyer maintenant ».',
    });
    expect(
      problems(
        form({ timing: 'scheduled', scheduledDate: '2026-03-10', scheduledTime: '13:01' }),
        'launch',
      ),
    ).toEqual({});
    // A past schedule does not matter when sending now.
    expect(problems({ ...past, timing: 'now' }, 'launch')).toEqual({});
  });

  it('checks quiet hours, which may span midnight but not be empty', () => {
    expect(problems(form({ quietHours: true }), 'launch')).toEqual({});
    expect(
      problems(form({ quietHours: true, quietStart: '12:00', quietEnd: '14:00' }), 'launch'),
    ).toEqual({});
    expect(
      problems(form({ quietHours: true, quietStart: '21:00', quietEnd: '21:00' }), 'launch'),
    ).toEqual({ quietEnd: 'La fin doit différer du début.' });
    expect(problems(form({ quietHours: true, quietStart: '', quietEnd: '' }), 'launch')).toEqual({
      quietStart: 'Indiquez l’heure de début.',
      quietEnd: 'Indiquez l’heure de fin.',
    });
    // Off: whatever the fields hold is not saved, so not checked.
    expect(problems(form({ quietStart: '', quietEnd: '' }), 'launch')).toEqual({});
  });
});

describe('toCampaignValues', () => {
  it('gives the draft row, with the schedule converted to UTC', () => {
    expect(
      toCampaignValues(
        form({
          name: '  Rappel Douala ',
          audienceKind: 'segment',
          segmentId,
          timing: 'scheduled',
          scheduledDate: '2026-03-12',
          scheduledTime: '09:30',
          quietHours: true,
        }),
        zone,
      ),
    ).toEqual({
      name: 'Rappel Douala',
      template_id: templateId,
      parameter_mapping: { name: { source: 'field', value: 'name' } },
      audience: { kind: 'segment', segmentId },
      scheduled_at: '2026-03-12T08:30:00.000Z',
      quiet_hours_start: '21:00',
      quiet_hours_end: '08:00',
    });
  });

  it('sends now without quiet hours, and keeps only the mapping of a chosen template', () => {
    expect(
      toCampaignValues(
        form({
          templateId: '',
          audienceKind: 'tags',
          tags: ['vip'],
          bindings: [{ parameter: 'name', choice: 'field:name', value: '' }],
        }),
        zone,
      ),
    ).toEqual({
      name: 'Rappel Douala',
      template_id: null,
      parameter_mapping: {},
      audience: { kind: 'tags', tags: ['vip'] },
      scheduled_at: null,
      quiet_hours_start: null,
      quiet_hours_end: null,
    });
  });

  it('leaves unmapped placeholders out of the mapping', () => {
    expect(
      toCampaignValues(
        form({
          bindings: [
            { parameter: 'name', choice: '', value: '' },
            { parameter: 'centre', choice: 'attribute', value: ' centre ' },
            { parameter: 'date', choice: 'text', value: '12 mars' },
          ],
        }),
        zone,
      ).parameter_mapping,
    ).toEqual({
      centre: { source: 'attribute', value: 'centre' },
      date: { source: 'text', value: '12 mars' },
    });
  });
});

describe('toFormValues', () => {
  const record: CampaignRecord = {
    id: 'b0000000-0000-4000-8000-000000000001',
    name: 'Rappel',
    status: 'draft',
    templateId,
    mapping: { date: { source: 'text', value: 'demain' } },
    audience: { kind: 'tags', tags: ['vip', 'relance'] },
    scheduledAt: '2026-12-31T23:30:00+00:00',
    quietHoursStart: '22:00:00',
    quietHoursEnd: '07:30:00',
  };
  const template = {
    parameters: ['name', 'date'],
    mapping: {
      name: { source: 'field', value: 'name' },
      date: { source: 'attribute', value: 'date' },
    } as const,
  };

  it('reads a draft back: the campaign’s mapping over the template’s, times on the zone’s clocks', () => {
    expect(toFormValues(record, template, zone, now)).toEqual({
      name: 'Rappel',
      templateId,
      bindings: [
        { parameter: 'name', choice: 'field:name', value: '' },
        { parameter: 'date', choice: 'text', value: 'demain' },
      ],
      audienceKind: 'tags',
      segmentId: '',
      tags: ['vip', 'relance'],
      timing: 'scheduled',
      scheduledDate: '2027-01-01',
      scheduledTime: '00:30',
      quietHours: true,
      quietStart: '22:00',
      quietEnd: '07:30',
    });
  });

  it('drops a template that is no longer approved, and defaults what was not set', () => {
    const values = toFormValues(
      { ...record, scheduledAt: null, quietHoursStart: null, quietHoursEnd: null },
      undefined,
      zone,
      now,
    );
    expect(values).toMatchObject({
      templateId: '',
      bindings: [],
      timing: 'now',
      scheduledDate: '2026-03-11',
      scheduledTime: '09:00',
      quietHours: false,
      quietStart: '21:00',
      quietEnd: '08:00',
    });
  });

  it('round-trips through the draft row', () => {
    const values = toFormValues(record, template, zone, now);
    const row = toCampaignValues(values, zone);
    expect(row.scheduled_at).toBe('2026-12-31T23:30:00.000Z');
    expect(row.audience).toEqual(record.audience);
    expect(row.parameter_mapping).toEqual({
      name: { source: 'field', value: 'name' },
      date: { source: 'text', value: 'demain' },
    });
  });
});

describe('formAudience', () => {
  it('is null while incomplete', () => {
    expect(formAudience({ audienceKind: 'segment', segmentId: '', tags: [] })).toBeNull();
    expect(formAudience({ audienceKind: 'tags', segmentId: '', tags: [] })).toBeNull();
    expect(formAudience({ audienceKind: 'all', segmentId: segmentId, tags: ['x'] })).toEqual({
      kind: 'all',
    });
  });
});

describe('the name’s limit, said before it is reached', () => {
  it('is the limit shared with the database', () => {
    expect(maxNameLength).toBe(CAMPAIGN_NAME_MAX_LENGTH);
  });

  it('counts characters as people do and says how many of the maximum are used', () => {
    expect(characterCount('Relance 🎉')).toBe(9);
    expect(nameLengthText(0)).toBe(`0 caractère sur ${maxNameLength}`);
    expect(nameLengthText(1)).toBe(`1 caractère sur ${maxNameLength}`);
    expect(nameLengthText(13)).toBe(`13 caractères sur ${maxNameLength}`);
    expect(nameLengthText(maxNameLength + 1)).toBe(
      `${maxNameLength + 1} caractères sur ${maxNameLength}`,
    );
  });
});
