import type { Campaign, CampaignStats, Channel } from '../../src/domain/campaign.js';
import { money } from '../../src/domain/money.js';
import type { AccountRef } from '../../src/domain/provider.js';
import type { CampaignStatus } from '../../src/domain/status.js';
import type { BsgCampaign, BsgCampaignDetail } from './wire.js';

/**
 * BSG status -> normalized status. `creation` is accepted but not yet prepared; `moderation` is content
 * review; `spam` is a moderation refusal; `stopped` is what the stop endpoint leaves.
 */
export const BSG_STATUS_TABLE: Readonly<Record<string, CampaignStatus>> = {
  creation: 'PENDING',
  moderation: 'IN_REVIEW',
  scheduled: 'SCHEDULED',
  sending: 'RUNNING',
  paused: 'PAUSED',
  done: 'COMPLETED',
  stopped: 'CANCELLED',
  spam: 'REJECTED',
};

/** Normalized status -> the BSG words that map to it (for filtering). */
export function bsgStatusesFor(status: CampaignStatus): string[] {
  return Object.entries(BSG_STATUS_TABLE)
    .filter(([, normalized]) => normalized === status)
    .map(([word]) => word);
}

const CHANNEL_BY_TYPE: Readonly<Record<string, Channel>> = {
  sms: 'SMS',
  rcs: 'RCS',
  viber: 'VIBER',
  whatsapp: 'WHATSAPP',
  voice: 'VOICE',
  telegram: 'TELEGRAM',
};

/** The `filter[type]` values BSG's list accepts. */
export const BSG_FILTERABLE_TYPES: Readonly<Partial<Record<Channel, string>>> = {
  SMS: 'sms',
  RCS: 'rcs',
  WHATSAPP: 'whatsapp',
};

/** Maps one BSG campaign to the domain. */
export function toCampaign(account: AccountRef, wire: BsgCampaign): Campaign {
  const cost = wire.calculated_price != null && wire.currency ? money(wire.calculated_price, wire.currency) : null;
  return {
    // Field by field: a literal that starts with a spread is built on a slow path, once per item.
    provider: account.provider,
    account: account.account,
    providerId: String(wire.id),
    name: wire.name,
    description: null,
    status: BSG_STATUS_TABLE[wire.status] ?? 'UNKNOWN',
    providerStatus: wire.status,
    channels: [CHANNEL_BY_TYPE[wire.message_type] ?? 'OTHER'],
    schedule: { startsAt: wire.start_at, endsAt: null, scheduledAt: wire.start_at, cron: null },
    stats: {
      recipients: null,
      sent: wire.statistics?.sent ?? null,
      delivered: wire.statistics?.delivered ?? null,
      failed: null,
      opened: null,
      clicked: null,
      cost,
    },
    ltv: null,
    createdAt: wire.created_at,
    updatedAt: wire.finished_at ?? wire.real_start_at ?? null,
    details: {
      provider: 'bsg',
      sender: wire.sender ?? null,
      messageType: wire.message_type,
      realStartAt: wire.real_start_at,
      finishedAt: wire.finished_at,
    },
  };
}

/** Maps `/detail` delivery statistics to the domain's counters. */
export function toDeliveryStats(detail: BsgCampaignDetail): CampaignStats {
  const { statistics } = detail;
  return {
    recipients: detail.total_phones,
    sent: statistics.sent,
    delivered: statistics.delivered,
    failed: statistics.failed + statistics.undelivered,
    opened: statistics.read ?? null,
    clicked: null,
    cost: money(detail.total_price, detail.currency),
  };
}
