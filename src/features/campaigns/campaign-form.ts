import { plural, t } from '@lingui/core/macro';
import { z } from 'zod';
import { CAMPAIGN_NAME_MAX_LENGTH } from '@shared/limits.ts';
import {
  bindingRowSchema,
  toBindingRows,
  toMapping,
  type BindingRow,
} from '../../domain/templates/parameter-bindings';
import type { ParameterMapping } from '@shared/templates/parameters.ts';
import type { CampaignDraftValues, CampaignRecord } from './api';
import {
  audienceKinds,
  maxAudienceTags,
  type AudienceKind,
  type CampaignAudience,
} from './campaign-audience';
import { clockTime, defaultQuietHours } from './quiet-hours';
import { isTimeOfDay, utcToZonedDateTime, zonedDateTimeToUtc } from '../../lib/zoned-time';

// The builder's form: what the inputs hold (texts, a list of tags, one row per placeholder), the
// checks of a draft and, stricter, of a launch, and the draft row they become.

export const timings = ['now', 'scheduled'] as const;
export type Timing = (typeof timings)[number];

export type CampaignFormValues = {
  name: string;
  templateId: string;
  bindings: BindingRow[];
  audienceKind: AudienceKind;
  segmentId: string;
  tags: string[];
  timing: Timing;
  /** YYYY-MM-DD and HH:MM on the organisation's clocks. */
  scheduledDate: string;
  scheduledTime: string;
  quietHours: boolean;
  quietStart: string;
  quietEnd: string;
};

/** Saving a draft asks for little; launching asks for everything a send needs. */
export type CampaignIntent = 'draft' | 'launch';

/** A campaign's name, as long as any other name (the database checks the same). */
export const maxNameLength = CAMPAIGN_NAME_MAX_LENGTH;

/** A template as the form needs it: its placeholders and its own mapping. */
export type TemplateParameters = { parameters: string[]; mapping: ParameterMapping };

/** Characters as people count them (an emoji is one), as the database's char_length does. */
export function characterCount(value: string): number {
  return Array.from(value).length;
}

/** « Le nom compte 120 caractères au plus. », said by the checks and, as soon as it is typed, the form. */
export function nameTooLongMessage(): string {
  return t`Le nom compte ${maxNameLength} caractères au plus.`;
}

/** « 18 caractères sur 120 »: how much of the name's limit is used, shown as it is typed. */
export function nameLengthText(count: number): string {
  return plural(count, {
    one: `# caractère sur ${maxNameLength}`,
    other: `# caractères sur ${maxNameLength}`,
  });
}

/** Tomorrow at 09:00 on the organisation's clocks: where a new schedule starts. */
export function defaultSchedule(timeZone: string, now: Date = new Date()) {
  const tomorrow = new Date(now.getTime() + 24 * 60 * 60 * 1000);
  return { scheduledDate: utcToZonedDateTime(tomorrow, timeZone).date, scheduledTime: '09:00' };
}

export function newCampaignForm(timeZone: string, now: Date = new Date()): CampaignFormValues {
  return {
    name: '',
    templateId: '',
    bindings: [],
    audienceKind: 'all',
    segmentId: '',
    tags: [],
    timing: 'now',
    ...defaultSchedule(timeZone, now),
    quietHours: false,
    quietStart: defaultQuietHours.start,
    quietEnd: defaultQuietHours.end,
  };
}

/**
 * A saved draft in the form. `template` is its template when it is still approved (its rows then
 * start from the template's mapping overridden by the campaign's); otherwise no template is chosen.
 */
export function toFormValues(
  campaign: CampaignRecord,
  template: TemplateParameters | undefined,
  timeZone: string,
  now: Date = new Date(),
): CampaignFormValues {
  const { audience } = campaign;
  const schedule = campaign.scheduledAt ? utcToZonedDateTime(campaign.scheduledAt, timeZone) : null;
  return {
    name: campaign.name,
    templateId: template && campaign.templateId ? campaign.templateId : '',
    bindings: template
      ? toBindingRows(template.parameters, { ...template.mapping, ...campaign.mapping })
      : [],
    audienceKind: audience.kind,
    segmentId: audience.kind === 'segment' ? audience.segmentId : '',
    tags: audience.kind === 'tags' ? audience.tags : [],
    timing: schedule ? 'scheduled' : 'now',
    ...(schedule
      ? { scheduledDate: schedule.date, scheduledTime: schedule.time }
      : defaultSchedule(timeZone, now)),
    quietHours: campaign.quietHoursStart !== null && campaign.quietHoursEnd !== null,
    quietStart: campaign.quietHoursStart
      ? clockTime(campaign.quietHoursStart)
      : defaultQuietHours.start,
    quietEnd: campaign.quietHoursEnd ? clockTime(campaign.quietHoursEnd) : defaultQuietHours.end,
  };
}

/** The audience the form describes; null while it is incomplete (no segment, no tag). */
export function formAudience(
  values: Pick<CampaignFormValues, 'audienceKind' | 'segmentId' | 'tags'>,
): CampaignAudience | null {
  switch (values.audienceKind) {
    case 'all':
      return { kind: 'all' };
    case 'segment':
      return values.segmentId ? { kind: 'segment', segmentId: values.segmentId } : null;
    case 'tags':
      return values.tags.length > 0 ? { kind: 'tags', tags: values.tags } : null;
  }
}

/** The instant of the schedule (UTC ISO), or null when sending now or the input is incomplete. */
export function scheduledInstant(
  values: Pick<CampaignFormValues, 'timing' | 'scheduledDate' | 'scheduledTime'>,
  timeZone: string,
): string | null {
  if (values.timing !== 'scheduled') return null;
  return zonedDateTimeToUtc({ date: values.scheduledDate, time: values.scheduledTime }, timeZone);
}

/** The draft row the form saves (checked by the schema first). */
export function toCampaignValues(
  values: CampaignFormValues,
  timeZone: string,
): CampaignDraftValues {
  return {
    name: values.name.trim(),
    template_id: values.templateId || null,
    parameter_mapping: values.templateId ? toMapping(values.bindings) : {},
    audience: formAudience(values) ?? { kind: 'all' },
    scheduled_at: scheduledInstant(values, timeZone),
    quiet_hours_start: values.quietHours ? clockTime(values.quietStart) : null,
    quiet_hours_end: values.quietHours ? clockTime(values.quietEnd) : null,
  };
}

/**
 * The form's checks, in the reader's language, on the paths of the inputs. `now` is read when the form is checked,
 * so a schedule that has passed meanwhile is caught at launch.
 */
export function campaignFormSchema(
  intent: CampaignIntent,
  context: { timeZone: string; now?: () => Date },
) {
  const now = context.now ?? (() => new Date());
  return z
    .object({
      name: z.string(),
      templateId: z.string(),
      bindings: z.array(bindingRowSchema),
      audienceKind: z.enum(audienceKinds, { error: () => t`Choisissez à qui envoyer.` }),
      segmentId: z.string(),
      tags: z.array(z.string()),
      timing: z.enum(timings, { error: () => t`Choisissez quand envoyer.` }),
      scheduledDate: z.string(),
      scheduledTime: z.string(),
      quietHours: z.boolean(),
      quietStart: z.string(),
      quietEnd: z.string(),
    })
    .superRefine((values, context_) => {
      const issue = (path: (string | number)[], message: string) =>
        context_.addIssue({ code: 'custom', message, path });

      const name = values.name.trim();
      if (!name) issue(['name'], t`Donnez un nom à la campagne.`);
      else if (characterCount(name) > maxNameLength) issue(['name'], nameTooLongMessage());

      if (intent === 'launch' && !values.templateId) {
        issue(['templateId'], t`Choisissez un modèle approuvé.`);
      }
      // Each row's value is checked by bindingRowSchema; a launch also needs every source chosen.
      if (intent === 'launch' && values.templateId) {
        values.bindings.forEach((row, index) => {
          if (row.choice === '') {
            issue(
              ['bindings', index, 'choice'],
              t`Choisissez d’où vient la valeur de ce paramètre.`,
            );
          }
        });
      }

      if (values.audienceKind === 'segment' && !values.segmentId) {
        issue(['segmentId'], t`Choisissez un segment.`);
      }
      if (values.audienceKind === 'tags') {
        if (values.tags.length === 0) issue(['tags'], t`Ajoutez au moins une étiquette.`);
        else if (values.tags.length > maxAudienceTags)
          issue(['tags'], t`${maxAudienceTags} étiquettes au plus.`);
      }

      if (values.timing === 'scheduled') {
        const instant = scheduledInstant(values, context.timeZone);
        if (!values.scheduledDate) issue(['scheduledDate'], t`Indiquez la date d’envoi.`);
        else if (!isTimeOfDay(values.scheduledTime))
          issue(['scheduledTime'], t`Indiquez l’heure d’envoi.`);
        else if (instant === null) issue(['scheduledDate'], t`Cette date n’existe pas.`);
        else if (intent === 'launch' && Date.parse(instant) <= now().getTime())
          issue(
            ['scheduledDate'],
            t`Ce moment est passé : choisissez une date et une heure à venir, ou « Envoyer maintenant ».`,
          );
      }

      if (values.quietHours) {
        if (!isTimeOfDay(values.quietStart)) issue(['quietStart'], t`Indiquez l’heure de début.`);
        if (!isTimeOfDay(values.quietEnd)) issue(['quietEnd'], t`Indiquez l’heure de fin.`);
        else if (clockTime(values.quietStart) === clockTime(values.quietEnd))
          issue(['quietEnd'], t`La fin doit différer du début.`);
      }
    });
}
