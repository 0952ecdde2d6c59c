import { z } from 'zod';
import { bsgMessage, validationFailure } from './errors.js';
import { parseBsgDate } from './state.js';

const dateTime = z.string().refine((value) => parseBsgDate(value) !== undefined, 'This value is not a valid datetime.');
const tariffCode = z.number().int();
const validity = z.number().int().min(1).max(72);
const callbackUrl = z.string().max(100);

/** `Phone` (string, 9..15 chars); the spec's own examples send it as a JSON integer, so both are accepted. */
const phone = z.object({
  number: z
    .union([z.string(), z.number().int()])
    .transform(String)
    .pipe(z.string().min(9).max(15).regex(/^\d+$/, 'This value should contain digits only.')),
  reference_id: z
    .string()
    .max(32)
    .regex(/^[A-Za-z0-9]*$/, 'This value should contain alphanumeric characters only.')
    .optional(),
});

/** A phone written as an integer (`SmsSendRequestPhonesItem`, price `messages`, individual messages). */
const integerPhone = z
  .number()
  .int()
  .min(100_000_000, 'This value is too short. It should have 9 characters or more.')
  .max(999_999_999_999_999, 'This value is too long. It should have 15 characters or less.');

/** SMS sender: 3..11 alphanumeric (Latin letters, symbols, spaces) or 3..15 digits. */
const smsSender = z.string().regex(/^(?=.*[A-Za-z])[\x20-\x7E]{3,11}$|^\d{3,15}$/, 'This value is not a valid sender.');
const agentSender = z.string().min(1).max(40);
const smsText = z.string().min(1).max(765);

const shortLink = z.object({
  link: z.url(),
  placeholder: z.string().min(1).max(255),
  domain_ids: z.array(z.uuid()),
  change_domain_after: z.number().int().nullable().optional(),
  protocol: z.boolean().optional(),
});

const smsMessage = z.object({
  sender: smsSender,
  text: smsText,
  unsubscribe_caption: z.string().max(50).optional(),
  transliterate: z.boolean().optional(),
  short_links: z.array(shortLink).optional(),
});

const viberContent = {
  text: z.string().min(1).max(1000),
  image_url: z
    .string()
    .max(255)
    .regex(/^https?:\/\/\S+\.(jpg|jpeg|png|tiff|gif|bmp)$/i, 'This value is not a valid image url.')
    .optional(),
  button_caption: z.string().max(20).optional(),
  link_url: z.string().max(255).optional(),
};
const buttonNeedsLink = <T extends { button_caption?: string | undefined; link_url?: string | undefined }>(m: T) =>
  !m.button_caption || m.link_url !== undefined;
const linkRequired = { path: ['link_url'], message: 'This value should not be blank.' };

const rcsContent = z
  .object({ text: z.string().min(1).optional(), cards: z.array(z.record(z.string(), z.unknown())).max(5).optional() })
  .refine((o) => o.text !== undefined || o.cards !== undefined, {
    path: ['text'],
    message: 'This value should not be blank.',
  });

/** `AlternativeChannel`: an SMS sent when the primary channel cannot deliver. */
const alternativeChannel = z.object({
  sms: z.object({
    sender: smsSender,
    text: smsText,
    validity: validity.optional(),
    validity_seconds: z.number().int().min(30).max(86_400).optional(),
    check_stop_list: z.boolean().optional(),
  }),
});

const delivery = {
  tariff_code: tariffCode.optional(),
  validity: validity.optional(),
  start_at: dateTime.optional(),
  add_to_contact_book: z.boolean().optional(),
  check_stop_list: z.boolean().optional(),
};

/** `Campaign`: the body of `POST /api/campaigns/send`; every channel listed needs its own block. */
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
      .refine((r) => r.phones !== undefined || r.groups !== undefined, {
        path: ['phones'],
        message: 'This value should not be blank.',
      }),
    sms: smsMessage.optional(),
    viber: z
      .object({ sender: agentSender, ...viberContent })
      .refine(buttonNeedsLink, linkRequired)
      .optional(),
    rcs: z
      .object({
        sender: agentSender,
        text: z.string().min(1).optional(),
        cards: z.array(z.unknown()).max(5).optional(),
      })
      .refine((m) => m.text !== undefined || m.cards !== undefined, {
        path: ['text'],
        message: 'This value should not be blank.',
      })
      .optional(),
    voice: z
      .object({
        text: z.string().min(1),
        category: z.enum(['otp', 'transactional', 'marketing']),
        sender: z.string().optional(),
        voice: z.enum(['ostap', 'dariya', 'sonya', 'amala']).optional(),
        lang: z.string().optional(),
      })
      .optional(),
    telegram: z.object({ text: z.string().min(1), sender: z.string().optional() }).optional(),
    ...delivery,
    dry_run: z.boolean().nullable().optional(),
  })
  .superRefine((body, ctx) => {
    for (const channel of body.channels) {
      if (body[channel] === undefined) {
        ctx.addIssue({ code: 'custom', path: [channel], message: 'This value should not be blank.' });
      }
    }
  });
export type SendCampaignBody = z.infer<typeof sendCampaignBody>;

const smsDelivery = {
  tariff_code: tariffCode.optional(),
  validity: validity.optional(),
  start_at: dateTime.optional(),
  short_links: z.array(shortLink).optional(),
  transliterate: z.boolean().optional(),
  callback_url: callbackUrl.optional(),
};

/** `SmsSendRequest`: `POST /api/campaigns/sms/send`. */
export const smsSendBody = z.object({
  phones: z
    .array(z.object({ number: integerPhone, reference_id: z.string().max(32).optional() }))
    .min(1)
    .max(10_000),
  sender: smsSender,
  text: smsText,
  ...smsDelivery,
});

/** `SmsSendGroupsRequest`: `POST /api/campaigns/sms/send-groups` (contact-list ids). */
export const smsSendGroupsBody = z.object({
  groups: z.array(z.number().int()).min(1),
  sender: smsSender,
  text: smsText,
  ...smsDelivery,
});

/** `SmsSendIndividualRequest`: one text per phone. */
export const smsSendIndividualBody = z.object({
  messages: z
    .array(
      z.object({
        phone: integerPhone,
        text: smsText,
        sender: smsSender,
        tariff_code: tariffCode.optional(),
        reference_id: z.string().max(32).optional(),
        transliterate: z.boolean().optional(),
      }),
    )
    .min(1),
  tariff_code: tariffCode.optional(),
  validity: validity.optional(),
  start_at: dateTime.optional(),
  callback_url: callbackUrl.optional(),
});

/** `SendViberCampaign`: `POST /api/campaigns/viber/send`. */
export const viberSendBody = z
  .object({
    phones: z.array(phone).min(1).max(5000),
    sender: agentSender,
    ...viberContent,
    alternative_channel: alternativeChannel.optional(),
    ...delivery,
  })
  .refine(buttonNeedsLink, linkRequired);

const rcsDelivery = {
  sender: agentSender,
  options: rcsContent,
  alternative_channel: alternativeChannel.optional(),
  validity_seconds: z.number().int().min(30).max(86_400).optional(),
  ...delivery,
};

/** `SendRcsCampaign`: `POST /api/campaigns/rcs/send`; the content sits under `options`. */
export const rcsSendBody = z.object({ phones: z.array(phone).min(1).max(5000), ...rcsDelivery });

/** `SendRcsCampaignGroups`: `POST /api/campaigns/rcs/send-groups`. */
export const rcsSendGroupsBody = z.object({ groups: z.array(z.number().int()).min(1).max(1000), ...rcsDelivery });

/** `SendWhatsAppCampaign`: template messages only; `template` is required for type "template". */
export const whatsappSendBody = z.object({
  phones: z.array(phone).min(1).max(5000),
  sender: agentSender,
  type: z.literal('template'),
  template: z.object({
    name: z.string().min(1),
    language: z.object({ code: z.string().min(2) }),
    components: z.array(z.record(z.string(), z.unknown())),
  }),
  alternative_channel: alternativeChannel.nullable().optional(),
  start_at: dateTime.optional(),
  add_to_contact_book: z.boolean().optional(),
  check_stop_list: z.boolean().optional(),
});

/** `CampaignPriceRequest`: SMS only. */
export const priceBody = z.object({
  sender: z.string().min(1),
  text: z.string().min(1),
  tariff_code: tariffCode.optional(),
  groups: z.array(z.number().int()).optional(),
  messages: z.array(z.object({ phone: integerPhone })).optional(),
});

/** `LoginRequest`. */
export const loginBody = z.object({ api_key: z.string().min(1) });

/** Parses a body with BSG's validator wording: the data, or the documented 422 answer. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown) {
  const parsed = schema.safeParse(body, { error: bsgMessage });
  return parsed.success
    ? { ok: true as const, data: parsed.data }
    : { ok: false as const, failure: validationFailure(parsed.error) };
}
