import { z } from 'zod';
import { wireDateTime } from '../wire-date.js';

const isoDate = wireDateTime((value) => new Date(value));
/** DRF decimals arrive as strings; numbers are accepted and kept exact by going through their text. */
const decimal = z.union([z.string().regex(/^-?\d+(\.\d+)?$/), z.number().transform((n) => n.toFixed(2))]);

/** `CampaignExecution` (detail view only). */
export const konigleExecution = z.object({
  status: z.string(),
  started_at: isoDate.nullable(),
  completed_at: isoDate.nullable(),
  total_contacts: z.number().int(),
  total_sent: z.number().int(),
  total_failed: z.number().int(),
  total_delivered: z.number().int(),
  total_bounced: z.number().int(),
  total_opened: z.number().int().nullable(),
  total_clicked: z.number().int().nullable(),
  error_message: z.string(),
});

/** `Campaign`. */
export const konigleCampaign = z.object({
  id: z.string(),
  created_at: isoDate,
  updated_at: isoDate,
  channel_type: z.string(),
  email_channel: z.string().nullable(),
  email_template: z.string().nullable(),
  audience: z.string(),
  name: z.string(),
  description: z.string(),
  scheduled_at: isoDate.nullable(),
  execution_duration_minutes: z.number().int().nullable(),
  from_email: z.string(),
  from_name: z.string(),
  reply_to_email: z.string(),
  reply_to_name: z.string(),
  utm_code: z.string(),
  status: z.string(),
  ltv: decimal.nullable(),
  ltv_currency: z.string(),
  execution: konigleExecution.nullable().optional(),
});
export type KonigleCampaign = z.infer<typeof konigleCampaign>;

/** The paginated envelope; items under `payload` or (DRF default) `results`. */
export function konigleList<T extends z.ZodType>(item: T) {
  return z
    .object({
      count: z.number().int(),
      next: z.string().nullable(),
      previous: z.string().nullable().optional(),
      payload: z.array(item).optional(),
      results: z.array(item).optional(),
    })
    .transform((page) => ({ count: page.count, next: page.next, items: page.payload ?? page.results ?? [] }));
}

/** `Contact`. */
export const konigleContact = z.object({
  id: z.string(),
  created_at: isoDate,
  updated_at: isoDate,
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  phone: z.string(),
  whatsapp: z.string(),
  country: z.string(),
  source: z.enum(['purchase', 'lead', 'migration', 'unknown']),
  tags: z.array(z.string()),
  marketing_consent: z.object({ email: z.boolean(), sms: z.boolean(), whatsapp: z.boolean() }),
  customer_id: z.string(),
  ltv: decimal.nullable(),
  ltv_currency: z.string(),
  last_purchased_at: isoDate.nullable(),
});
export type KonigleContact = z.infer<typeof konigleContact>;

/** DRF error bodies: `{detail}` or `{field: [messages]}`. */
export const konigleDetail = z.object({ detail: z.string() });
export const konigleFieldErrors = z.record(z.string(), z.array(z.string()));
