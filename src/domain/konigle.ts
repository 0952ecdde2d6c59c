import type { Money } from './money.js';

/** Konigle-only facts about an email campaign. */
export interface KonigleCampaignDetails {
  provider: 'konigle';
  audience: string;
  emailChannel: string | null;
  emailTemplate: string | null;
  fromEmail: string;
  fromName: string;
  replyToEmail: string;
  replyToName: string;
  utmCode: string;
  executionDurationMinutes: number | null;
  /** The execution's own status word (pending, processing, halted, ...), when it ran. */
  executionStatus: string | null;
  errorMessage: string | null;
}

/** Where a contact came from. */
export const CONTACT_SOURCES = ['PURCHASE', 'LEAD', 'MIGRATION', 'UNKNOWN'] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

/** Which channels a contact agreed to be marketed on. */
export interface MarketingConsent {
  email: boolean;
  sms: boolean;
  whatsapp: boolean;
}

/** A marketing contact (Konigle). */
export interface Contact {
  provider: 'konigle';
  account: string;
  providerId: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  whatsapp: string;
  country: string;
  source: ContactSource;
  tags: string[];
  consent: MarketingConsent;
  customerId: string;
  ltv: Money | null;
  lastPurchasedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Fields a contact is created or updated with (LTV is never set directly). */
export interface ContactInput {
  email?: string;
  firstName?: string;
  lastName?: string;
  phone?: string;
  whatsapp?: string;
  country?: string;
  source?: ContactSource;
  tags?: string[];
  consent?: Partial<MarketingConsent>;
  customerId?: string;
}

/** Filters of the contacts listing. */
export interface ContactFilter {
  emailSearch?: string;
  source?: ContactSource;
  tags?: string[];
  /** Gateway-side: only contacts who consented to this channel. */
  consentTo?: keyof MarketingConsent;
}

/** An email campaign to create at Konigle. */
export interface KonigleCampaignInput {
  name: string;
  description?: string;
  audience: string;
  emailChannel: string;
  emailTemplate: string;
  scheduledAt?: Date;
  executionDurationMinutes?: number;
  fromEmail?: string;
  fromName?: string;
  replyToEmail?: string;
  replyToName?: string;
  utmCode?: string;
}

/** Lifetime value to add: a positive two-decimal amount, optionally attributed to a contact. */
export interface LtvInput {
  amount: string;
  currency: string;
  contactEmail?: string;
}
