import { z } from 'zod';
import { CAMPAIGN_STATUSES } from './state.js';
import { targetingProblem } from './targeting.js';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A datetime as the platform accepts it: ISO-8601, UTC when no zone is given. */
const dateTime = z
  .string()
  .refine((value) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(normalise(value))), 'is not a valid datetime')
  .transform((value) => new Date(normalise(value)));

function normalise(value: string): string {
  const iso = value.replace(' ', 'T');
  return /(Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`;
}

const campaignType = z.enum(['promotion', 'messaging']);

/** Attributes of `{"campaign": {...}}` on create; anything else is an `argument_error`. */
const campaignAttributes = z.object({
  name: z.string().trim().min(1, "can't be blank").max(255),
  status: z.enum(CAMPAIGN_STATUSES),
  starts_at: dateTime,
  ends_at: dateTime,
  external_id: z.string().trim().min(1).max(255).optional(),
  permalink: z.string().trim().min(1).max(255).optional(),
  campaign_type: campaignType.optional(),
  template: campaignType.optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  total_budget: z.number().int().nonnegative().optional(),
  weight: z.number().int().optional(),
  optin_required: z.boolean().optional(),
  opt_in_starts_at: dateTime.optional(),
  opt_in_ends_at: dateTime.optional(),
  reporting_ends_at: dateTime.optional(),
  targeting: z.record(z.string(), z.unknown()).optional(),
  qualify_tag: z.string().min(1).optional(),
  disqualify_tag: z.string().min(1).optional(),
  division_id: z.string().optional(),
  ssap_name: z.string().optional(),
  version: z.union([z.number().int(), z.string().regex(/^\d+$/)]).optional(),
  campaign_id: z.unknown().optional(),
  campaign_permalink: z.unknown().optional(),
  start_date: z.unknown().optional(),
  end_date: z.unknown().optional(),
  qualified: z.unknown().optional(),
  group_id: z.unknown().optional(),
  creative_id: z.unknown().optional(),
});

/** Every attribute name the create endpoint knows. */
export const CAMPAIGN_ATTRIBUTES: ReadonlySet<string> = new Set(Object.keys(campaignAttributes.shape));

/** The create-campaign attributes with their cross-field rules. */
export const createCampaignAttributes = campaignAttributes.superRefine((campaign, context) => {
  if (campaign.ends_at <= campaign.starts_at) {
    context.addIssue({ code: 'custom', path: ['ends_at'], message: 'must be after starts_at' });
  }
  if (campaign.opt_in_starts_at && campaign.opt_in_ends_at && campaign.opt_in_ends_at <= campaign.opt_in_starts_at) {
    context.addIssue({ code: 'custom', path: ['opt_in_ends_at'], message: 'must be after opt_in_starts_at' });
  }
  if (campaign.campaign_type && campaign.template && campaign.campaign_type !== campaign.template) {
    context.addIssue({ code: 'custom', path: ['template'], message: 'must equal campaign_type' });
  }
  if (campaign.external_id && campaign.permalink && campaign.external_id !== campaign.permalink) {
    context.addIssue({ code: 'custom', path: ['permalink'], message: 'must equal external_id' });
  }
  const problem = campaign.targeting === undefined ? undefined : targetingProblem(campaign.targeting);
  if (problem !== undefined) context.addIssue({ code: 'custom', path: ['targeting'], message: problem });
});

/** Parsed create-campaign attributes (dates as `Date`). */
export type CreateCampaignAttributes = z.output<typeof createCampaignAttributes>;

/** Rails-style summary of zod issues: `Validation failed: ends_at must be after starts_at`. */
export function validationMessage(error: z.ZodError): string {
  const parts = error.issues.map((issue) => `${issue.path.join('.') || 'campaign'} ${issue.message}`.trim());
  return `Validation failed: ${parts.join(', ')}`;
}

/** The query parameters of the v2 customer-campaign endpoints. */
export const v2Query = z.object({
  sections: z.array(z.enum(['progress', 'behaviors', 'offers', 'redemptions'])),
  filters: z.array(z.enum(['ineligible', 'eligible', 'all'])),
  creatives: z.array(z.enum(['promotion', 'tile'])),
  page: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce.number().int().min(1).max(1000).default(20),
});

/** Parsed v2 query: sections, filters, creatives, page and page_size. */
export type V2Query = z.output<typeof v2Query>;

/** Reads `name[]=a&name[]=b` (also `name=a,b`, as the documented sample curl sends it) into a list. */
export function arrayParam(query: URLSearchParams, name: string): string[] {
  return [...query.getAll(`${name}[]`), ...query.getAll(name)]
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

/** Parses the v2 query string. */
export function parseV2Query(query: URLSearchParams) {
  return v2Query.safeParse({
    sections: arrayParam(query, 'sections'),
    filters: arrayParam(query, 'filters'),
    creatives: arrayParam(query, 'creatives'),
    page: query.get('page') ?? undefined,
    page_size: query.get('page_size') ?? undefined,
  });
}

/** Body of `POST /__sandbox/campaigns/:id/status`. */
export const controlStatusBody = z.object({ status: z.enum(CAMPAIGN_STATUSES) });

/** Body of `POST /__sandbox/events`: one Events API submission for a behavior. */
export const controlEventBody = z.object({
  user_id: z.string().min(1),
  campaign_id: z.union([z.number().int().positive(), z.string().min(1)]),
  behavior_id: z.union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number)]),
  count: z.number().int().positive().max(10_000).default(1),
  event_name: z.string().min(1).optional(),
  unique_key: z.string().min(1).optional(),
});

/** Body of `POST /__sandbox/opt_out`. */
export const controlOptOutBody = z.object({
  user_id: z.string().min(1),
  campaign_id: z.union([z.number().int().positive(), z.string().min(1)]),
});
