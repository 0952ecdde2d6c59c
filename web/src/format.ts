import type { Action, ActionResult, Campaign } from './operations.js';

/** Every CampaignStatus value, in lifecycle order, with the word shown for it. */
export const STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  PENDING: 'Pending',
  SCHEDULED: 'Scheduled',
  RUNNING: 'Running',
  PAUSED: 'Paused',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  FAILED: 'Failed',
  REJECTED: 'Rejected',
  UNKNOWN: 'Unknown',
};

/** Every Channel value with its label. */
export const CHANNEL_LABELS: Record<string, string> = {
  EMAIL: 'Email',
  SMS: 'SMS',
  RCS: 'RCS',
  VIBER: 'Viber',
  WHATSAPP: 'WhatsApp',
  TELEGRAM: 'Telegram',
  VOICE: 'Voice',
  PUSH: 'Push',
  IN_APP: 'In-app',
  INBOX: 'Inbox',
  OTHER: 'Other',
};

/** Button words per action: the verb, and the past participle used in error sentences. */
export const ACTION_WORDS: Record<Action, { verb: string; past: string }> = {
  START: { verb: 'Start', past: 'started' },
  PAUSE: { verb: 'Pause', past: 'paused' },
  RESUME: { verb: 'Resume', past: 'resumed' },
  CANCEL: { verb: 'Cancel', past: 'cancelled' },
  SCHEDULE: { verb: 'Schedule', past: 'scheduled' },
};

/** The word shown for a status. */
export const statusLabel = (status: string): string => STATUS_LABELS[status] ?? status;
const channelLabel = (channel: string): string => CHANNEL_LABELS[channel] ?? channel;
const number = new Intl.NumberFormat('en');
const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** The channels as words, e.g. "SMS, Viber". */
export function channelsText(campaign: Campaign): string {
  return campaign.channels.length > 0 ? campaign.channels.map(channelLabel).join(', ') : '—';
}

/** The schedule in one line: a window, a one-off time, or a cron. */
export function scheduleText(campaign: Campaign): string {
  const { startsAt, endsAt, scheduledAt, cron } = campaign.schedule;
  const at = (iso: string) => date.format(new Date(iso));
  if (cron) return `Repeats: ${cron}`;
  if (startsAt && endsAt) return `${at(startsAt)} – ${at(endsAt)}`;
  if (startsAt ?? scheduledAt) return at((startsAt ?? scheduledAt) as string);
  return 'Not scheduled';
}

/** The counters the provider reports, e.g. "Sent 150 · Delivered 135 · Cost 3.96 EUR". */
export function statsText(campaign: Campaign): string {
  const stats = campaign.stats;
  if (!stats) return '—';
  const parts: string[] = [];
  const add = (label: string, value: number | null) => {
    if (value !== null) parts.push(`${label} ${number.format(value)}`);
  };
  add('Recipients', stats.recipients);
  add('Sent', stats.sent);
  add('Delivered', stats.delivered);
  add('Failed', stats.failed);
  add('Opened', stats.opened);
  add('Clicked', stats.clicked);
  if (stats.cost && Number(stats.cost.amount) > 0) parts.push(`Cost ${stats.cost.amount} ${stats.cost.currency}`);
  return parts.length > 0 ? parts.join(' · ') : '—';
}

/** A failed action in a sentence a person can act on, from its typed result. */
export function actionErrorText(action: Action, campaign: Campaign, result: ActionResult): string {
  const { verb, past } = ACTION_WORDS[action];
  const provider = result.provider ? providerWord(result.provider, campaign) : campaign.providerName;
  const what = `Could not ${verb.toLowerCase()} “${campaign.name}”`;
  switch (result.__typename) {
    case 'InvalidTransitionError': {
      const from = (result.allowedFrom ?? []).map((s) => statusLabel(s).toLowerCase()).join(' or ');
      const reason = result.providerReason ? ` ${provider} says: ${result.providerReason}.` : '';
      return `${what}: it is ${statusLabel(result.currentStatus ?? '').toLowerCase()}, and only ${from} campaigns can be ${past}.${reason}`;
    }
    case 'UnsupportedOperationError':
      return `${what}: ${provider} has no way to ${verb.toLowerCase()} campaigns.`;
    case 'NotFoundError':
      return `${what}: it no longer exists.`;
    case 'RateLimitedError':
      return `${what}: ${provider} is limiting requests; try again${result.retryAfter ? ` in ${result.retryAfter} s` : ' shortly'}.`;
    case 'ProviderUnavailableError':
      return `${what}: ${provider} is unavailable right now, so nothing was changed. Try again later.`;
    case 'ProviderTimeoutError':
      return `${what}: ${provider} did not answer in time. Check the campaign's status before trying again.`;
    case 'ProviderBadResponseError':
      return `${what}: ${provider} gave an answer the gateway could not read; the outcome is unknown.`;
    case 'ProviderRejectedError':
      return `${what}: ${provider} refused: ${result.reason ?? result.message ?? 'no reason given'}.`;
    case 'ValidationError':
      return `${what}: ${(result.fields ?? []).map((f) => f.message).join('; ') || result.message}`;
    case 'StateUnavailableError':
      return `${what}: the gateway could not reach its shared state, so nothing was changed. Try again shortly.`;
    case 'IdempotencyConflictError':
      return `${what}: this request was already used for something else. Try again.`;
    default:
      return `${what}: ${result.message ?? 'unexpected answer'}.`;
  }
}

function providerWord(provider: string, campaign: Campaign): string {
  return provider === campaign.provider ? campaign.providerName : provider;
}
