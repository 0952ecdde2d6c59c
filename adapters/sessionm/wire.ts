import { z } from 'zod';
import { wireDateTime } from '../wire-date.js';

/**
 * Parses SessionM's three date forms: ISO 8601 (`2020-08-19T15:02:54Z`), customer views without a zone
 * (`2017-07-03 19:04:18`, read as UTC) and deals (`2017-11-28T16:26:10+0000`).
 */
export function parseSessionMDate(value: string): Date {
  const iso = value
    .trim()
    .replace(' ', 'T')
    .replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  return new Date(/(Z|[+-]\d{2}:\d{2})$/.test(iso) ? iso : `${iso}Z`);
}

/** Formats a date the way SessionM's admin examples write them. */
export function formatSessionMDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const dateTime = wireDateTime(parseSessionMDate);

const optionalDate = dateTime
  .nullable()
  .optional()
  .transform((value) => value ?? null);

const optionalInt = z
  .number()
  .int()
  .nullable()
  .optional()
  .transform((value) => value ?? null);

const optionalString = z
  .string()
  .nullable()
  .optional()
  .transform((value) => value ?? null);

/** A decimal the provider sends as a JSON number or string; kept as a decimal string, never a float. */
const decimal = z
  .union([z.number().refine(Number.isFinite), z.string().regex(/^-?\d+(\.\d+)?$/)])
  .transform((value) => (typeof value === 'number' ? numberToDecimal(value) : value));

function numberToDecimal(value: number): string {
  return value.toString().includes('e') ? value.toFixed(20).replace(/\.?0+$/, '') : value.toString();
}

/** The documented error envelope (HTTP 200 method errors and 401/404/500 alike); `message` is optional. */
export const sessionmError = z.object({
  status: z.literal('error'),
  errors: z.object({ code: z.string(), message: z.string().optional() }),
});
export type SessionMErrorBody = z.infer<typeof sessionmError>;

/** A documented answer, or the error envelope SessionM sends with HTTP 200 for method errors. */
export function envelope<T extends z.ZodType>(payload: T) {
  return z.union([sessionmError, payload]);
}

/** The admin campaign object (create answer, all active campaigns). */
export const sessionmCampaign = z.object({
  id: z.number().int(),
  external_id: z.string().optional(),
  permalink: z.string().optional(),
  name: z.string(),
  status: z.string(),
  starts_at: dateTime,
  ends_at: dateTime,
  campaign_type: optionalString,
  template: optionalString,
  division_id: optionalString,
  optin_required: z.boolean().optional(),
  opt_in_starts_at: optionalDate,
  opt_in_ends_at: optionalDate,
  reporting_ends_at: optionalDate,
  targeting: z.record(z.string(), z.unknown()).nullable().optional(),
  qualify_tag: optionalString,
  disqualify_tag: optionalString,
  created_at: optionalDate,
  updated_at: optionalDate,
});
export type SessionMCampaign = z.infer<typeof sessionmCampaign>;

/** The create answer. */
export const sessionmCampaignAnswer = z.object({ status: z.literal('ok'), campaign: sessionmCampaign });
/** All active campaigns (one unpaged list). */
export const sessionmCampaignList = z.object({ status: z.literal('ok'), campaigns: z.array(sessionmCampaign) });

/** One item of the Behaviors Array (progress lists). */
export const behaviorProgressItem = z.object({
  behavior_id: z.number().int(),
  external_behavior_id: optionalString,
  event_name: optionalString,
  name: z.string(),
  progress: z.number().int(),
  goal: z.number().int(),
});
export type SessionMBehaviorProgress = z.infer<typeof behaviorProgressItem>;

/** The v2 flat behavior, keyed by behavior name in the `behaviors` object. */
export const flatBehavior = z.object({
  event_name: optionalString,
  type: z.string(),
  points: optionalInt,
  max_times_repeatable: optionalInt,
  max_times_repeatable_per_period: optionalInt,
  period: optionalInt,
  min_time_between_events: optionalInt,
  consecutive: z.boolean().nullable().optional(),
  achieved: optionalInt,
  current_count: optionalInt,
  total_count: optionalInt,
});
export type SessionMFlatBehavior = z.infer<typeof flatBehavior>;

const offerText = z.object({
  culture: optionalString,
  title: optionalString,
  description: optionalString,
  terms: optionalString,
});

const offerMedia = z.object({ uri: z.string(), content_type: optionalInt, culture: optionalString });

const restrictions = z
  .array(z.unknown())
  .nullable()
  .optional()
  .transform((value) => value ?? []);

/** The `deal` of an offer. */
export const deal = z.object({
  percent: decimal.nullable().optional(),
  amount: decimal.nullable().optional(),
  offer_type_id: optionalString,
  offer_text: z.array(offerText).nullable().optional(),
  valid_after_end_date: z.boolean().nullable().optional(),
  start_date: optionalDate,
  end_date: optionalDate,
  validity_period: optionalInt,
  validity_unit: optionalString,
  points: optionalInt,
  offer_catalog_restrictions: restrictions,
  offer_purchase_restrictions: restrictions,
  offer_redemption_restrictions: restrictions,
  offer_location_restrictions: restrictions,
  offer_media: z.array(offerMedia).nullable().optional(),
});
export type SessionMDeal = z.infer<typeof deal>;

/** An offer (outcome) of a campaign. */
export const sessionmOffer = z.object({
  offer_id: z.number().int(),
  name: z.string(),
  type: z.string(),
  total_available: optionalInt,
  deal: deal.nullable().optional(),
});
export type SessionMOffer = z.infer<typeof sessionmOffer>;

/** A v2 customer-scoped campaign with the `sections[]` it was asked for. */
export const customerCampaign = z.object({
  campaign_id: z.number().int(),
  campaign_permalink: optionalString,
  name: z.string(),
  starts_at: dateTime,
  ends_at: dateTime,
  opt_in_starts_at: optionalDate,
  opt_in_ends_at: optionalDate,
  qualified: z.boolean(),
  opted_in: z.boolean().optional(),
  status: z.string(),
  progress: z.object({ state: z.string(), behaviors: z.array(behaviorProgressItem).optional() }).optional(),
  behaviors: z.record(z.string(), flatBehavior).optional(),
  offers: z.array(sessionmOffer).optional(),
});
export type SessionMCustomerCampaign = z.infer<typeof customerCampaign>;

/** Eligible active campaigns for a customer (v2), paged. */
export const customerCampaignPage = z.object({
  status: z.literal('ok'),
  page: z.number().int(),
  page_size: z.number().int(),
  number_of_pages: z.number().int(),
  campaigns: z.array(customerCampaign),
});

/** One campaign for a customer: wrapped on the internal-id path, the campaign's own keys on the others. */
export const customerCampaignAnswer = z.union([
  z.object({ status: z.literal('ok'), campaign: customerCampaign }).transform((answer) => answer.campaign),
  customerCampaign,
]);

/** Customer progress for a campaign. */
export const progressAnswer = z.object({
  status: z.literal('ok'),
  campaign: z.object({
    opted_in: z.boolean().optional(),
    state: z.string(),
    behaviors: z
      .array(behaviorProgressItem)
      .optional()
      .transform((value) => value ?? []),
  }),
});
export type SessionMProgress = z.infer<typeof progressAnswer>['campaign'];

const v1Entry = z.object({
  campaign_id: z.number().int(),
  name: z.string(),
  progress: z.object({ state: z.string(), behaviors: z.array(behaviorProgressItem).optional() }).optional(),
});

/** All campaigns for a customer (v1): what opt-in answers too. */
export const customerCampaignsV1 = z.object({
  status: z.literal('ok'),
  campaigns: z.object({ tiles: z.array(v1Entry), promotions: z.array(v1Entry) }),
});
