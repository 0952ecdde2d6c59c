import type { Channel } from './campaign.js';

/** A one-shot message campaign: created and sent in one call (BSG's model). */
export interface SendCampaignInput {
  channel: Extract<Channel, 'SMS' | 'RCS' | 'VIBER' | 'WHATSAPP'>;
  /** Optional fallback channel when the first cannot reach a phone (e.g. VIBER then SMS). */
  fallbackChannel: Extract<Channel, 'SMS'> | null;
  sender: string;
  text: string;
  phones: string[];
  /** A future time schedules the campaign instead of sending now. */
  startAt: Date | null;
  /** Hours the provider keeps trying to deliver. */
  validityHours: number | null;
  tariffCode: number | null;
  /** WhatsApp sends an approved template instead of free text. */
  whatsappTemplate: { name: string; languageCode: string } | null;
}

/** What a price estimate needs: the message and who receives it. */
export interface PriceEstimateInput {
  sender: string;
  text: string;
  phones: string[];
  tariffCode: number | null;
}
