import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, plural, t } from '@lingui/core/macro';
import { z } from 'zod';
import { formatNumber, intlLocale } from '../../../lib/format';
import { campaignStatus, campaignStatuses } from '../campaign-status';

// A campaign's totals, as `campaign_progress` returns them and the dispatcher broadcasts them
// (sent includes delivered, read and replied; delivered includes read and replied; read includes
// replied), and what the page draws from them.

const counter = z.number().int().nonnegative();

const progressSchema = z.object({
  campaignId: z.string(),
  status: z.enum(campaignStatuses),
  total: counter,
  remaining: counter,
  accepted: counter,
  sent: counter,
  delivered: counter,
  read: counter,
  replied: counter,
  // Replies that were a STOP (« désabonnés »), not counted in `replied`; absent from a progress
  // computed before the inbox counted them apart.
  optedOut: counter.optional(),
  failed: counter,
  cancelled: counter,
  lastError: z.string().nullable(),
  updatedAt: z.string(),
});

export type CampaignProgress = z.infer<typeof progressSchema>;

/** The payload as a progress, or null when it is not one. */
export function parseProgress(value: unknown): CampaignProgress | null {
  const parsed = progressSchema.safeParse(value);
  return parsed.success && !Number.isNaN(Date.parse(parsed.data.updatedAt)) ? parsed.data : null;
}

/**
 * The newer of two progresses by `updatedAt`: a broadcast can overtake a slower fetch (or arrive
 * late), and the figures must never step back. On a tie the incoming one wins.
 */
export function newerProgress(
  current: CampaignProgress | null | undefined,
  incoming: CampaignProgress,
): CampaignProgress {
  if (!current) return incoming;
  return Date.parse(incoming.updatedAt) < Date.parse(current.updatedAt) ? current : incoming;
}

/**
 * What `campaign_progress` answered, and when the page (by its own clock) asked and got it. Its
 * `updatedAt` is the database's now(): it also tells the time on the server's clock, whatever the
 * browser's clock says.
 */
export type DatabaseReading = {
  progress: CampaignProgress;
  requestedAt: number;
  receivedAt: number;
};

// Room for what the page cannot measure: clocks running at slightly different rates.
const clockSlackMs = 2_000;

/**
 * Whether a progress could have come from the server, judged against the database: the same
 * campaign and total (fixed at launch), and no later than the server's clock can be at `now`.
 */
function isCredible(progress: CampaignProgress, reading: DatabaseReading, now: number): boolean {
  const serverNowAtMost =
    Date.parse(reading.progress.updatedAt) + (now - reading.requestedAt) + clockSlackMs;
  return (
    progress.campaignId === reading.progress.campaignId &&
    progress.total === reading.progress.total &&
    Date.parse(progress.updatedAt) <= serverNowAtMost
  );
}

/**
 * What to show once a broadcast arrives. Only the server writes on the progress channel, but the
 * page still takes nothing on trust: before the database has answered, or when the broadcast is
 * not credible (another campaign, another total, dated in the future), or older than what is
 * shown, it keeps what it shows.
 */
export function withBroadcast(
  current: CampaignProgress | null | undefined,
  incoming: CampaignProgress,
  reading: DatabaseReading | null,
  now: number,
): CampaignProgress | null | undefined {
  if (!reading || !isCredible(incoming, reading, now)) return current;
  return newerProgress(current, incoming);
}

/**
 * What to show once the database answers: its figures, unless what is shown is a credible
 * broadcast newer than them (it came in while the request was on its way).
 */
export function withReading(
  current: CampaignProgress | null | undefined,
  reading: DatabaseReading,
): CampaignProgress {
  const keep =
    current &&
    isCredible(current, reading, reading.receivedAt) &&
    Date.parse(current.updatedAt) > Date.parse(reading.progress.updatedAt);
  return keep ? current : reading.progress;
}

/**
 * A digest of what the chart and the table show: it changes when they would. `updatedAt` is left
 * out, as a poll that finds nothing new still brings a new one.
 */
export function liveFiguresKey(progress: CampaignProgress): string {
  const { status, remaining, sent, delivered, read, replied, failed, cancelled } = progress;
  return [status, remaining, sent, delivered, read, replied, failed, cancelled].join(':');
}

/** Recipients settled (sent, refused or cancelled): the bar's « x » of « x / y traités ». */
export function processedCount({
  total,
  remaining,
}: Pick<CampaignProgress, 'total' | 'remaining'>) {
  return Math.max(0, total - Math.min(remaining, total));
}

/**
 * (total − remaining) / total as a whole percentage, rounded down: 100 only once nobody is left
 * to send to, so « 100 % » always means finished.
 */
export function progressPercent(progress: Pick<CampaignProgress, 'total' | 'remaining'>): number {
  if (progress.total <= 0) return 0;
  if (progress.remaining <= 0) return 100;
  return Math.min(99, Math.floor((processedCount(progress) * 100) / progress.total));
}

export type FunnelStepKey = 'sent' | 'delivered' | 'read' | 'replied' | 'failed';

export type FunnelStep = {
  key: FunnelStepKey;
  label: string;
  count: number;
  /** Share of the campaign's recipients, 0..1. */
  share: number;
};

const funnelLabels: Record<FunnelStepKey, MessageDescriptor> = {
  sent: msg`Envoyés`,
  delivered: msg`Délivrés`,
  read: msg`Lus`,
  replied: msg`Réponses`,
  failed: msg`Échecs`,
};

const funnelOrder: FunnelStepKey[] = ['sent', 'delivered', 'read', 'replied', 'failed'];

/** Envoyés, Délivrés, Lus, Réponses, Échecs: counts and shares of all recipients. */
export function funnelSteps(progress: CampaignProgress): FunnelStep[] {
  return funnelOrder.map((key) => ({
    key,
    label: i18n._(funnelLabels[key]),
    count: progress[key],
    share: progress.total > 0 ? Math.min(progress[key] / progress.total, 1) : 0,
  }));
}

const shareFormatters = new Map<string, Intl.NumberFormat>();

/** Percentages with one decimal at most, in the active language's format. */
function shareFormatter(): Intl.NumberFormat {
  const locale = intlLocale();
  let formatter = shareFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    shareFormatters.set(locale, formatter);
  }
  return formatter;
}

/**
 * 0.125 → « 12,5 % ». Rounding never reaches an end it has not: a share that is not zero never
 * reads « 0 % » (one failure among 100,000 is worth noticing) but « < 0,1 % », and one short of
 * everyone never reads « 100 % » but « 99,9 % ».
 */
export function formatShare(share: number): string {
  const formatter = shareFormatter();
  if (share > 0 && share < 0.0005) return `< ${formatter.format(0.001)}`;
  if (share < 1 && share >= 0.9995) return formatter.format(0.999);
  return formatter.format(share);
}

/** What the live region says about the progress (« Envoi à 45 % : 450 sur 1 000 traités… »). */
export function progressAnnouncement(progress: CampaignProgress): string {
  const percent = progressPercent(progress);
  const done = processedCount(progress);
  const status = campaignStatus(progress.status).label.toLowerCase();
  const total = formatNumber(progress.total);
  const sent = progress.sent;
  const failed = formatNumber(progress.failed);
  return t`Campagne ${status}, envoi à ${percent} % : ${plural(done, { one: `# sur ${total} traité`, other: `# sur ${total} traités` })}, ${plural(sent, { one: '# envoyé', other: '# envoyés' })}, ${failed} en échec.`;
}
