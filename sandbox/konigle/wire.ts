import { z } from 'zod';
import { fitsDigits, toCents } from './decimal.js';
import { CONTACT_SOURCES } from './state.js';

/** DRF's wording for a missing or mistyped field. */
const typed = (wrongType: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined
      ? 'This field is required.'
      : issue.input === null
        ? 'This field may not be null.'
        : wrongType,
});
const text = (max?: number, blank = true) => {
  let schema = z.string(typed('Not a valid string.'));
  if (!blank) schema = schema.min(1, 'This field may not be blank.');
  return max === undefined ? schema : schema.max(max, `Ensure this field has no more than ${max} characters.`);
};
const emailAddress = z.email({
  error: (issue) => (issue.input === undefined ? 'This field is required.' : 'Enter a valid email address.'),
});
const optionalEmail = z.union([z.literal(''), emailAddress], { error: 'Enter a valid email address.' });
const datetime = text().refine(
  (value) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value) &&
    !Number.isNaN(Date.parse(value)),
  'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
);
const duration = z
  .number(typed('A valid integer is required.'))
  .int('A valid integer is required.')
  .min(1, 'Ensure this value is greater than or equal to 1.')
  .max(1440, 'Ensure this value is less than or equal to 1440.');

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const currency = text(3, false).refine((code) => CURRENCIES.has(code), {
  error: (issue) => `"${String(issue.input)}" is not a valid ISO 4217 currency code.`,
});

/** A positive DRF DecimalField with two decimal places, sent as a string (or a JSON number). */
const positiveAmount = (maxDigits: number) =>
  z
    .union([z.string(), z.number()], typed('A valid number is required.'))
    .transform((value) => String(value).trim())
    .superRefine((value, ctx) => {
      const match = /^(\d+)(?:\.(\d+))?$/.exec(value);
      if (!match) return void ctx.addIssue({ code: 'custom', message: 'A valid number is required.' });
      if ((match[2] ?? '').length > 2)
        return void ctx.addIssue({ code: 'custom', message: 'Ensure that there are no more than 2 decimal places.' });
      const cents = toCents(value);
      if (!fitsDigits(cents, maxDigits))
        ctx.addIssue({ code: 'custom', message: `Ensure that there are no more than ${maxDigits} digits in total.` });
      else if (cents <= 0n) ctx.addIssue({ code: 'custom', message: 'Ensure this value is greater than 0.' });
    });

const campaignFields = {
  channel_type: z.enum(['email'], { error: (i) => `"${String(i.input)}" is not a valid choice.` }).optional(),
  email_channel: text().nullable().optional(),
  email_template: text().nullable().optional(),
  audience: text(undefined, false),
  name: text(255, false),
  description: text().optional(),
  scheduled_at: datetime.nullable().optional(),
  execution_duration_minutes: duration.nullable().optional(),
  from_email: optionalEmail.optional(),
  from_name: text(255).optional(),
  reply_to_email: optionalEmail.optional(),
  reply_to_name: text(255).optional(),
  utm_code: text(100).optional(),
};

/** `CampaignCreate` (unknown and read-only keys are ignored, as DRF serializers do). */
export const campaignCreate = z.object(campaignFields);
/** `CampaignUpdate`: every field optional; `status`, `ltv`, `ltv_currency`, `channel_type` are not writable. */
export const campaignUpdate = z.object(campaignFields).omit({ channel_type: true }).partial();
/** `CampaignAddLTV`. */
export const campaignAddLtv = z.object({
  value: positiveAmount(19),
  currency,
  contact_email: emailAddress.optional(),
});
/** `CampaignCreateEmail`: campaign, audience and template in one call. */
export const campaignCreateEmail = z.object({
  campaign_name: text(255, false),
  email_channel: text(50, false),
  contact_tags: z
    .array(text(undefined, false), typed('Expected a list of items.'))
    .min(1, 'This list may not be empty.'),
  subject: text(255, false),
  body_html: text(undefined, false),
  body_text: text().optional(),
  description: text().optional(),
  utm_code: text(100).optional(),
  from_email: optionalEmail.optional(),
  from_name: text(255).optional(),
  reply_to_email: optionalEmail.optional(),
  reply_to_name: text(255).optional(),
  scheduled_at: datetime.nullable().optional(),
  execution_duration_minutes: duration.nullable().optional(),
  audience_name: text(255).optional(),
  template_name: text(255).optional(),
});
/** Body of `schedule`; the key is omitted when the campaign already has a time. */
export const campaignSchedule = z.object({ scheduled_at: datetime.optional() });
/** Body of `send-test-email`. */
export const campaignTestEmail = z.object({ email_address: emailAddress });

const marketingConsent = z.object(
  {
    email: z.boolean(typed('Must be a valid boolean.')).optional(),
    sms: z.boolean(typed('Must be a valid boolean.')).optional(),
    whatsapp: z.boolean(typed('Must be a valid boolean.')).optional(),
  },
  typed('Invalid data. Expected a dictionary.'),
);
const contactFields = {
  email: emailAddress,
  first_name: text(100).optional(),
  last_name: text(100).optional(),
  phone: text(20).optional(),
  whatsapp: text(20).optional(),
  country: text(100).optional(),
  source: z.enum(CONTACT_SOURCES, { error: (i) => `"${String(i.input)}" is not a valid choice.` }).optional(),
  tags: z.array(text(), typed('Expected a list of items.')).optional(),
  marketing_consent: marketingConsent.optional(),
  customer_id: text(40).optional(),
};
/** `ContactCreate`. */
export const contactCreate = z.object(contactFields);
/** `ContactUpdate`: `ltv`, `ltv_currency` and `last_purchased_at` are managed by the system and ignored. */
export const contactUpdate = z.object(contactFields).partial();
/** `ContactUpdateLTV`. */
export const contactUpdateLtv = z.object({ email: emailAddress, value: positiveAmount(19), currency });

/** DRF's 400 body: `{field: [messages]}`; a body that is not an object gets `non_field_errors`. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length === 0 ? 'non_field_errors' : issue.path.map(String).join('.');
    const message = issue.path.length === 0 ? 'Invalid data. Expected a dictionary, but got str.' : issue.message;
    (errors[key] ??= []).push(message);
  }
  return errors;
}

/** Parses a JSON body the DRF way: an absent body is an empty object. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): { data: T } | { errors: Record<string, string[]> } {
  const parsed = schema.safeParse(body ?? {});
  return parsed.success ? { data: parsed.data } : { errors: fieldErrors(parsed.error) };
}
