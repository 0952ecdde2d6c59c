import { z } from 'zod';
import { wireDateTime } from '../wire-date.js';

/** BSG's campaign status words (CampaignStatus in the One-API spec). */
export const bsgStatus = z.enum([
  'creation',
  'scheduled',
  'sending',
  'done',
  'paused',
  'stopped',
  'spam',
  'moderation',
]);
export type BsgStatus = z.infer<typeof bsgStatus>;

/** BSG timestamps: "Y-m-d H:i:s" (UTC, no zone) in practice, ISO 8601 in places; both accepted. */
export const bsgDateTime = wireDateTime(parseBsgDate);

const nullableDate = bsgDateTime
  .nullable()
  .optional()
  .transform((value) => value ?? null);

/** `CampaignSchema`: list items, get, send and stop answers. */
export const bsgCampaign = z.object({
  id: z.number().int(),
  name: z.string(),
  sender: z.string().nullable().optional(),
  status: z.string(),
  message_type: z.string(),
  start_at: nullableDate,
  real_start_at: nullableDate,
  finished_at: nullableDate,
  created_at: bsgDateTime,
  statistics: z.object({ delivered: z.number().int(), sent: z.number().int() }).nullable().optional(),
  calculated_price: z.number().nullable().optional(),
  currency: z.string().nullable().optional(),
});
export type BsgCampaign = z.infer<typeof bsgCampaign>;

export const bsgCampaignResponse = z.object({ data: bsgCampaign });

/** `SearchCampaignResource`: a list page with offset paging. */
export const bsgCampaignList = z.object({
  data: z.array(bsgCampaign),
  meta: z.object({ page: z.object({ total: z.number().int(), offset: z.number().int(), limit: z.number().int() }) }),
});

const statisticsData = z.object({
  delivered: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  undelivered: z.number().int(),
  read: z.number().int().optional(),
});

/** `DetailCampaignSchema`: delivery statistics (note the different field names). */
export const bsgCampaignDetail = z.object({
  data: z.object({
    id: z.number().int(),
    status: z.string(),
    statistics: statisticsData,
    total_messages: z.number().int(),
    total_phones: z.number().int(),
    total_price: z.union([z.string(), z.number()]),
    currency: z.string(),
  }),
});
export type BsgCampaignDetail = z.infer<typeof bsgCampaignDetail>['data'];

export const bsgToken = z.object({ bearer: z.string().min(1) });

export const bsgPrice = z.object({ price: z.number().nullable(), currency: z.string() });

/** The generic BSG error body; `errors` is an array or an object keyed by field path. */
export const bsgError = z.object({
  message: z.string(),
  errors: z.union([z.array(z.unknown()), z.record(z.string(), z.array(z.string()))]).optional(),
});

/** Parses "2024-04-03 12:14:49" as UTC, and ISO 8601 as itself. */
export function parseBsgDate(value: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? `${value.replace(' ', 'T')}Z` : value);
}

/** Formats a date the way BSG's examples write them. */
export function formatBsgDate(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}
