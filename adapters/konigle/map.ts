import type { Campaign } from '../../src/domain/campaign.js';
import type { Contact, ContactSource } from '../../src/domain/konigle.js';
import { money } from '../../src/domain/money.js';
import type { AccountRef } from '../../src/domain/provider.js';
import type { CampaignStatus } from '../../src/domain/status.js';
import type { KonigleCampaign, KonigleContact } from './wire.js';

/** Konigle status -> normalized status; the words match one to one. */
export const KONIGLE_STATUS_TABLE: Readonly<Record<string, CampaignStatus>> = {
  draft: 'DRAFT',
  scheduled: 'SCHEDULED',
  running: 'RUNNING',
  paused: 'PAUSED',
  completed: 'COMPLETED',
  cancelled: 'CANCELLED',
  failed: 'FAILED',
};

/** The Konigle status word for a normalized status (Konigle can filter by one). */
export function konigleStatusFor(status: CampaignStatus): string | undefined {
  return Object.entries(KONIGLE_STATUS_TABLE).find(([, normalized]) => normalized === status)?.[0];
}

/** Maps one Konigle campaign (list or detail view) to the domain. */
export function toCampaign(account: AccountRef, wire: KonigleCampaign): Campaign {
  const execution = wire.execution ?? null;
  return {
    // Field by field: a literal that starts with a spread is built on a slow path, once per item.
    provider: account.provider,
    account: account.account,
    providerId: wire.id,
    name: wire.name,
    description: wire.description || null,
    status: KONIGLE_STATUS_TABLE[wire.status] ?? 'UNKNOWN',
    providerStatus: wire.status,
    channels: ['EMAIL'],
    schedule: {
      startsAt: execution?.started_at ?? wire.scheduled_at,
      endsAt: execution?.completed_at ?? null,
      scheduledAt: wire.scheduled_at,
      cron: null,
    },
    stats: execution
      ? {
          recipients: execution.total_contacts,
          sent: execution.total_sent,
          delivered: execution.total_delivered,
          failed: execution.total_failed + execution.total_bounced,
          opened: execution.total_opened,
          clicked: execution.total_clicked,
          cost: null,
        }
      : null,
    ltv: wire.ltv === null ? null : money(wire.ltv, wire.ltv_currency),
    createdAt: wire.created_at,
    updatedAt: wire.updated_at,
    details: {
      provider: 'konigle',
      audience: wire.audience,
      emailChannel: wire.email_channel,
      emailTemplate: wire.email_template,
      fromEmail: wire.from_email,
      fromName: wire.from_name,
      replyToEmail: wire.reply_to_email,
      replyToName: wire.reply_to_name,
      utmCode: wire.utm_code,
      executionDurationMinutes: wire.execution_duration_minutes,
      executionStatus: execution?.status ?? null,
      errorMessage: execution?.error_message || null,
    },
  };
}

/** Maps one Konigle contact to the domain. */
export function toContact(account: AccountRef, wire: KonigleContact): Contact {
  return {
    provider: 'konigle',
    account: account.account,
    providerId: wire.id,
    email: wire.email,
    firstName: wire.first_name,
    lastName: wire.last_name,
    phone: wire.phone,
    whatsapp: wire.whatsapp,
    country: wire.country,
    source: wire.source.toUpperCase() as ContactSource,
    tags: wire.tags,
    consent: wire.marketing_consent,
    customerId: wire.customer_id,
    ltv: wire.ltv === null ? null : money(wire.ltv, wire.ltv_currency),
    lastPurchasedAt: wire.last_purchased_at,
    createdAt: wire.created_at,
    updatedAt: wire.updated_at,
  };
}
