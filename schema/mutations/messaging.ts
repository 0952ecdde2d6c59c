import { z } from 'zod';
import {
  IdempotencyConflictError,
  NotFoundError,
  UnsupportedOperationError,
  ValidationError,
} from '../../src/domain/errors.js';
import { builder } from '../builder.js';
import { CampaignRef } from '../campaign.js';
import { PROVIDER_ERRORS } from '../errors.js';
import { MoneyRef } from '../money.js';
import { parseInput } from '../validate.js';
import { idempotencyKeyArg, parseIdempotencyKey } from './idempotency-key.js';

const SendChannelEnum = builder.enumType('SendChannel', { values: ['SMS', 'RCS', 'VIBER', 'WHATSAPP'] as const });

const WhatsappTemplateInput = builder.inputType('WhatsappTemplateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    languageCode: t.string({ required: true, description: 'e.g. "en"' }),
  }),
});

const SendCampaignInput = builder.inputType('SendCampaignInput', {
  description: 'A one-shot message campaign, created and sent in one call.',
  fields: (t) => ({
    account: t.string({
      required: false,
      description: 'Provider account to send with; optional when only one can send.',
    }),
    channel: t.field({ type: SendChannelEnum, required: true }),
    fallbackToSms: t.boolean({ required: false, description: 'Deliver by SMS to phones the channel cannot reach.' }),
    sender: t.string({ required: true }),
    text: t.string({ required: true }),
    phones: t.stringList({ required: true, description: 'International numbers, digits only (9-15).' }),
    startAt: t.field({ type: 'DateTime', required: false, description: 'A future time schedules the send.' }),
    validityHours: t.int({ required: false }),
    tariffCode: t.int({ required: false }),
    whatsappTemplate: t.field({ type: WhatsappTemplateInput, required: false }),
  }),
});

const EstimatePriceInput = builder.inputType('EstimateCampaignPriceInput', {
  fields: (t) => ({
    account: t.string({ required: false }),
    sender: t.string({ required: true }),
    text: t.string({ required: true }),
    phones: t.stringList({ required: true }),
    tariffCode: t.int({ required: false }),
  }),
});

const phone = z.string().regex(/^\d{9,15}$/, 'must be 9 to 15 digits');
const phones = z.array(phone).min(1, 'needs at least one phone').max(10_000, 'at most 10000 phones');

const sendSchema = z
  .object({
    account: z.string().nullish(),
    channel: z.enum(['SMS', 'RCS', 'VIBER', 'WHATSAPP']),
    fallbackToSms: z.boolean().nullish(),
    sender: z.string().min(1, 'is required').max(40, 'at most 40 characters'),
    text: z.string().max(1000, 'at most 1000 characters'),
    phones,
    startAt: z.date().nullish(),
    validityHours: z.number().int().min(1).max(72, 'at most 72 hours').nullish(),
    tariffCode: z.number().int().nullish(),
    whatsappTemplate: z.object({ name: z.string().min(1), languageCode: z.string().min(2) }).nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.channel === 'WHATSAPP' && !input.whatsappTemplate) {
      ctx.addIssue({ code: 'custom', path: ['whatsappTemplate'], message: 'is required for WHATSAPP' });
    }
    if (input.channel !== 'WHATSAPP' && input.text.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'is required' });
    }
    if (input.channel === 'SMS' && input.text.length > 765) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'SMS text is at most 765 characters' });
    }
  });

const estimateSchema = z.object({
  account: z.string().nullish(),
  sender: z.string().min(1, 'is required').max(15, 'at most 15 characters'),
  text: z.string().min(1, 'is required').max(765, 'at most 765 characters'),
  phones,
  tariffCode: z.number().int().nullish(),
});

const SEND_ERRORS = [
  ValidationError,
  NotFoundError,
  UnsupportedOperationError,
  IdempotencyConflictError,
  ...PROVIDER_ERRORS,
];

builder.mutationField('sendCampaign', (t) =>
  t.field({
    authScopes: { scope: 'campaigns:send' },
    type: CampaignRef,
    description:
      'Creates and sends (or schedules) a message campaign. Never retried by the gateway: a send happens once.',
    errors: { types: SEND_ERRORS, dataField: { name: 'campaign' } },
    args: { input: t.arg({ type: SendCampaignInput, required: true }), idempotencyKey: idempotencyKeyArg(t) },
    resolve: (_root, args, { gateway }) => {
      const input = parseInput(sendSchema, args.input, 'input');
      const key = parseIdempotencyKey(args.idempotencyKey);
      return gateway.send(
        input.account ?? null,
        {
          channel: input.channel,
          fallbackChannel: input.fallbackToSms ? 'SMS' : null,
          sender: input.sender,
          text: input.text,
          phones: input.phones,
          startAt: input.startAt ?? null,
          validityHours: input.validityHours ?? null,
          tariffCode: input.tariffCode ?? null,
          whatsappTemplate: input.whatsappTemplate ?? null,
        },
        key,
      );
    },
  }),
);

builder.mutationField('estimateCampaignPrice', (t) =>
  t.field({
    authScopes: { scope: 'campaigns:read' },
    type: MoneyRef,
    description: 'Prices an SMS campaign before sending it (nothing is sent).',
    errors: { types: SEND_ERRORS, dataField: { name: 'price' } },
    args: { input: t.arg({ type: EstimatePriceInput, required: true }) },
    resolve: (_root, args, { gateway }) => {
      const input = parseInput(estimateSchema, args.input, 'input');
      return gateway.estimatePrice(input.account ?? null, {
        sender: input.sender,
        text: input.text,
        phones: input.phones,
        tariffCode: input.tariffCode ?? null,
      });
    },
  }),
);
