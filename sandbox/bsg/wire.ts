import { z } from 'zod';
import { parseBsgDate } from './state.js';

const dateTime = z.string().refine((value) => parseBsgDate(value) !== undefined, 'This value is not a valid datetime.');

/** `Phone`: 9..15 characters; examples send it as a JSON integer, so both are accepted. */
const phone = z.object({
  number: z
    .union([z.string(), z.number().int()])
    .transform(String)
    .pipe(z.string().regex(/^\d{9,15}$/, 'This value should be a phone number of 9 to 15 digits.')),
  reference_id: z
    .string()
    .max(32)
    .regex(/^[A-Za-z0-9]*$/)
    .optional(),
});

const smsSender = z.string().regex(/^([A-Za-z0-9 ]{3,11}|\d{3,15})$/, 'This value is not a valid sender.');

const smsMessage = z.object({
  sender: smsSender,
  text: z.string().min(1).max(765),
  unsubscribe_caption: z.string().max(50).optional(),
  transliterate: z.boolean().optional(),
  short_links: z.array(z.unknown()).optional(),
});

const viberMessage = z
  .object({
    sender: z.string().min(1).max(40),
    text: z.string().min(1).max(1000),
    image_url: z.string().optional(),
    button_caption: z.string().max(20).optional(),
    link_url: z.string().optional(),
  })
  .refine((m) => !m.button_caption || m.link_url, { path: ['link_url'], message: 'This value should not be blank.' });

const rcsMessage = z
  .object({
    sender: z.string().min(1),
    text: z.string().min(1).optional(),
    cards: z.array(z.unknown()).max(5).optional(),
  })
  .refine((m) => m.text !== undefined || m.cards !== undefined, {
    path: ['text'],
    message: 'This value should not be blank.',
  });

/** `Campaign`: the body of `POST /api/campaigns/send`. */
export const sendCampaignBody = z
  .object({
    channels: z
      .array(z.enum(['sms', 'rcs', 'viber', 'voice', 'telegram']))
      .min(1)
      .max(2),
    recipients: z
      .object({
        phones: z.array(phone).min(1).max(10_000).optional(),
        groups: z.array(z.number().int()).min(1).max(1000).optional(),
      })
      .refine((r) => r.phones !== undefined || r.groups !== undefined, 'This value should not be blank.'),
    sms: smsMessage.optional(),
    viber: viberMessage.optional(),
    rcs: rcsMessage.optional(),
    voice: z
      .object({ text: z.string().min(1), category: z.enum(['otp', 'transactional', 'marketing']) })
      .passthrough()
      .optional(),
    telegram: z
      .object({ text: z.string().min(1) })
      .passthrough()
      .optional(),
    tariff_code: z.number().int().optional(),
    validity: z.number().int().min(1).max(72).optional(),
    start_at: dateTime.optional(),
    add_to_contact_book: z.boolean().optional(),
    check_stop_list: z.boolean().optional(),
    dry_run: z.boolean().nullable().optional(),
  })
  .superRefine((body, ctx) => {
    for (const channel of body.channels) {
      if (channel in body && body[channel as keyof typeof body] !== undefined) continue;
      ctx.addIssue({ code: 'custom', path: [channel], message: 'This value should not be blank.' });
    }
  });
export type SendCampaignBody = z.infer<typeof sendCampaignBody>;

/** `SmsSendRequest` and its Viber/RCS siblings: one channel, phones at the top level. */
export const channelSendBody = z.object({
  phones: z.array(phone).min(1).max(10_000),
  sender: z.string().min(1).max(40),
  text: z.string().min(1).max(1000),
  tariff_code: z.number().int().optional(),
  validity: z.number().int().min(1).max(72).optional(),
  start_at: dateTime.optional(),
  transliterate: z.boolean().optional(),
  callback_url: z.string().max(100).optional(),
});

/** `SendWhatsAppCampaign`: template messages only. */
export const whatsappSendBody = z.object({
  phones: z.array(phone).min(1).max(5000),
  sender: z.string().min(1).max(40),
  type: z.literal('template'),
  template: z.object({
    name: z.string().min(1),
    language: z.object({ code: z.string().min(2) }),
    components: z.array(z.unknown()),
  }),
  alternative_channel: z.object({ sms: z.object({ sender: z.string(), text: z.string() }).passthrough() }).optional(),
  start_at: dateTime.optional(),
  add_to_contact_book: z.boolean().optional(),
  check_stop_list: z.boolean().optional(),
});

/** `CampaignPriceRequest`. */
export const priceBody = z.object({
  sender: z.string().min(1),
  text: z.string().min(1),
  tariff_code: z.number().int().optional(),
  groups: z.array(z.number().int()).optional(),
  messages: z
    .array(
      z.object({
        phone: z
          .number()
          .int()
          .min(100_000_000, 'This value is too short. It should have 9 characters or more.')
          .max(999_999_999_999_999, 'This value is too long. It should have 15 characters or less.'),
      }),
    )
    .optional(),
});

/** `LoginRequest`. */
export const loginBody = z.object({ api_key: z.string().min(1) });

/** BSG's 422 body: field paths are written without separators (`messages0phone`). */
export function validationFailure(error: z.ZodError) {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('') || 'body';
    (errors[key] ??= []).push(issue.message);
  }
  return { message: 'The given data was invalid.', errors };
}
