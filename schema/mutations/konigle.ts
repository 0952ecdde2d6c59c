import { z } from 'zod';
import {
  IdempotencyConflictError,
  InvalidTransitionError,
  NotFoundError,
  UnsupportedOperationError,
  ValidationError,
} from '../../src/domain/errors.js';
import { builder } from '../builder.js';
import { CampaignRef, parseCampaignId } from '../campaign.js';
import { ContactNodeRef, ContactSourceEnum, parseContactId } from '../contact.js';
import { PROVIDER_ERRORS } from '../errors.js';
import { parseInput } from '../validate.js';
import { idempotencyKeyArg, parseIdempotencyKey } from './idempotency-key.js';
import { CreatePeachCampaignInput, createPeachCampaign } from './peach.js';
import { CreateSessionMCampaignInput, createSessionMCampaign } from './sessionm.js';

const ERRORS = [
  ValidationError,
  NotFoundError,
  UnsupportedOperationError,
  IdempotencyConflictError,
  ...PROVIDER_ERRORS,
];
const CAMPAIGN_ERRORS = [...ERRORS, InvalidTransitionError];

const email = z.email('must be an email address');
const currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as USD');
const amount = z
  .string()
  .regex(/^\d{1,17}(\.\d{1,2})?$/, 'must be a positive amount with at most 2 decimals, written as a string')
  .refine((value) => Number(value) > 0, 'must be greater than 0');
const optionalText = (max: number) => z.string().max(max, `at most ${max} characters`).optional();

const consentInput = builder.inputType('MarketingConsentInput', {
  fields: (t) => ({
    email: t.boolean({ required: false }),
    sms: t.boolean({ required: false }),
    whatsapp: t.boolean({ required: false }),
  }),
});

const contactFields = (
  t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0],
  emailRequired: boolean,
) => ({
  email: t.string({ required: emailRequired }),
  firstName: t.string({ required: false }),
  lastName: t.string({ required: false }),
  phone: t.string({ required: false }),
  whatsapp: t.string({ required: false }),
  country: t.string({ required: false }),
  source: t.field({ type: ContactSourceEnum, required: false }),
  tags: t.stringList({ required: false }),
  consent: t.field({ type: consentInput, required: false }),
  customerId: t.string({ required: false }),
});

const CreateContactInput = builder.inputType('CreateContactInput', { fields: (t) => contactFields(t, true) });
const UpdateContactInput = builder.inputType('UpdateContactInput', {
  description: 'Lifetime value cannot be set here: it only grows through addContactLtv and addCampaignLtv.',
  fields: (t) => contactFields(t, false),
});

const contactSchema = z.object({
  email: email.optional(),
  firstName: optionalText(100),
  lastName: optionalText(100),
  phone: optionalText(20),
  whatsapp: optionalText(20),
  country: optionalText(100),
  source: z.enum(['PURCHASE', 'LEAD', 'MIGRATION', 'UNKNOWN']).optional(),
  tags: z.array(z.string().min(1).max(100)).max(100).optional(),
  consent: z
    .object({ email: z.boolean().optional(), sms: z.boolean().optional(), whatsapp: z.boolean().optional() })
    .optional(),
  customerId: optionalText(40),
});

/** GraphQL leaves absent optional fields out or null; the domain wants them absent. */
function compact<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as never;
}

builder.mutationField('createContact', (t) =>
  t.field({
    authScopes: { scope: 'contacts:write' },
    type: ContactNodeRef,
    errors: { types: ERRORS, dataField: { name: 'contact' } },
    args: {
      input: t.arg({ type: CreateContactInput, required: true }),
      account: t.arg.string({ required: false }),
      idempotencyKey: idempotencyKeyArg(t),
    },
    resolve: (_root, args, { gateway }) => {
      const input = parseInput(contactSchema.extend({ email }), compact(args.input), 'input');
      return gateway.konigle.createContact(args.account ?? null, input, parseIdempotencyKey(args.idempotencyKey));
    },
  }),
);

builder.mutationField('updateContact', (t) =>
  t.field({
    authScopes: { scope: 'contacts:write' },
    type: ContactNodeRef,
    errors: { types: ERRORS, dataField: { name: 'contact' } },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateContactInput, required: true }),
      idempotencyKey: idempotencyKeyArg(t),
    },
    resolve: (_root, args, { gateway }) => {
      const input = parseInput(contactSchema, compact(args.input), 'input');
      return gateway.konigle.updateContact(
        parseContactId(String(args.id)),
        input,
        parseIdempotencyKey(args.idempotencyKey),
      );
    },
  }),
);

const ltvSchema = z.object({ amount, currency, contactEmail: email.optional() });

builder.mutationField('addContactLtv', (t) =>
  t.field({
    authScopes: { scope: 'contacts:write' },
    type: ContactNodeRef,
    description: "Adds revenue to a contact's lifetime value (exact decimal arithmetic).",
    errors: { types: ERRORS, dataField: { name: 'contact' } },
    args: {
      email: t.arg.string({ required: true }),
      amount: t.arg.string({ required: true, description: 'Decimal string, at most 2 decimals, e.g. "99.99".' }),
      currency: t.arg.string({ required: true }),
      account: t.arg.string({ required: false }),
      idempotencyKey: idempotencyKeyArg(t),
    },
    resolve: (_root, args, { gateway }) => {
      const input = parseInput(
        ltvSchema.extend({ email }),
        { email: args.email, amount: args.amount, currency: args.currency },
        'input',
      );
      return gateway.konigle.addContactLtv(
        args.account ?? null,
        input.email,
        input,
        parseIdempotencyKey(args.idempotencyKey),
      );
    },
  }),
);

builder.mutationField('addCampaignLtv', (t) =>
  t.field({
    authScopes: (_root, args) =>
      args.contactEmail
        ? { scope: 'campaigns:write', $all: { scope: 'contacts:write' } }
        : { scope: 'campaigns:write' },
    type: CampaignRef,
    description: "Adds revenue to a campaign's lifetime value, and to the contact's when `contactEmail` is given.",
    errors: { types: ERRORS, dataField: { name: 'campaign' } },
    args: {
      id: t.arg.id({ required: true }),
      amount: t.arg.string({ required: true }),
      currency: t.arg.string({ required: true }),
      contactEmail: t.arg.string({ required: false }),
      idempotencyKey: idempotencyKeyArg(t),
    },
    resolve: (_root, args, { gateway }) => {
      const input = parseInput(
        ltvSchema,
        compact({ amount: args.amount, currency: args.currency, contactEmail: args.contactEmail }),
        'input',
      );
      return gateway.konigle.addCampaignLtv(
        parseCampaignId(String(args.id)),
        input,
        parseIdempotencyKey(args.idempotencyKey),
      );
    },
  }),
);

const TestSent = builder.objectRef<{ sentTo: string }>('TestMessageSent').implement({
  fields: (t) => ({ sentTo: t.exposeString('sentTo') }),
});

builder.mutationField('sendTestMessage', (t) =>
  t.field({
    authScopes: { scope: 'campaigns:send' },
    type: TestSent,
    description: 'Sends one test copy of the campaign to an address (Konigle: a test email).',
    errors: { types: ERRORS, dataField: { name: 'test' } },
    args: { id: t.arg.id({ required: true }), to: t.arg.string({ required: true }) },
    resolve: async (_root, args, { gateway }) => {
      const { to } = parseInput(z.object({ to: email }), { to: args.to }, 'input');
      await gateway.konigle.sendTestEmail(parseCampaignId(String(args.id)), to);
      return { sentTo: to };
    },
  }),
);

const KonigleCampaignInput = builder.inputType('KonigleCampaignInput', {
  description: 'An email campaign at Konigle.',
  fields: (t) => ({
    account: t.string({ required: false }),
    name: t.string({ required: true }),
    description: t.string({ required: false }),
    audience: t.string({ required: true }),
    emailChannel: t.string({ required: true }),
    emailTemplate: t.string({ required: true }),
    scheduledAt: t.field({ type: 'DateTime', required: false }),
    executionDurationMinutes: t.int({ required: false }),
    fromEmail: t.string({ required: false }),
    fromName: t.string({ required: false }),
    replyToEmail: t.string({ required: false }),
    replyToName: t.string({ required: false }),
    utmCode: t.string({ required: false }),
  }),
});

const konigleCampaignSchema = z.object({
  account: z.string().optional(),
  name: z.string().min(1, 'is required').max(255, 'at most 255 characters'),
  description: z.string().max(2000).optional(),
  audience: z.string().min(1),
  emailChannel: z.string().min(1),
  emailTemplate: z.string().min(1),
  scheduledAt: z.date().optional(),
  executionDurationMinutes: z.number().int().min(1, 'at least 1').max(1440, 'at most 1440').optional(),
  fromEmail: email.optional(),
  fromName: optionalText(255),
  replyToEmail: email.optional(),
  replyToName: optionalText(255),
  utmCode: optionalText(100),
});

export const CreateCampaignInput = builder.inputType('CreateCampaignInput', {
  description: 'Exactly one member: the provider to create the campaign at, with that provider’s required fields.',
  isOneOf: true,
  fields: (t) => ({
    konigle: t.field({ type: KonigleCampaignInput, required: false }),
    sessionm: t.field({ type: CreateSessionMCampaignInput, required: false }),
    peach: t.field({ type: CreatePeachCampaignInput, required: false }),
  }),
});

builder.mutationField('createCampaign', (t) =>
  t.field({
    authScopes: (_root, args) => ({
      scope: args.input.konigle?.scheduledAt ? 'campaigns:send' : 'campaigns:write',
    }),
    type: CampaignRef,
    description: 'Creates a campaign (as a draft, or scheduled) at the provider the input names.',
    errors: { types: ERRORS, dataField: { name: 'campaign' } },
    args: { input: t.arg({ type: CreateCampaignInput, required: true }), idempotencyKey: idempotencyKeyArg(t) },
    resolve: (_root, args, { gateway }) => {
      const key = parseIdempotencyKey(args.idempotencyKey);
      const { konigle, sessionm, peach } = args.input;
      if (sessionm) return createSessionMCampaign(gateway, sessionm, 'input.sessionm', key);
      if (peach) return createPeachCampaign(gateway, peach, 'input.peach', key);
      if (!konigle) throw new ValidationError([{ path: ['input'], message: 'name exactly one provider' }]);
      const { account, ...input } = parseInput(konigleCampaignSchema, compact(konigle), 'input.konigle');
      return gateway.konigle.createCampaign(account ?? null, input, key);
    },
  }),
);

const KonigleCampaignUpdate = builder.inputType('KonigleCampaignUpdateInput', {
  description: 'Fields to change; only name and description may change after a campaign left draft/scheduled.',
  fields: (t) => ({
    name: t.string({ required: false }),
    description: t.string({ required: false }),
    audience: t.string({ required: false }),
    scheduledAt: t.field({ type: 'DateTime', required: false }),
    executionDurationMinutes: t.int({ required: false }),
    fromEmail: t.string({ required: false }),
    fromName: t.string({ required: false }),
    utmCode: t.string({ required: false }),
  }),
});

export const UpdateCampaignInput = builder.inputType('UpdateCampaignInput', {
  description: 'Exactly one member, matching the campaign’s provider.',
  isOneOf: true,
  fields: (t) => ({ konigle: t.field({ type: KonigleCampaignUpdate, required: false }) }),
});

builder.mutationField('updateCampaign', (t) =>
  t.field({
    authScopes: (_root, args) => ({
      scope: args.input.konigle?.scheduledAt ? 'campaigns:send' : 'campaigns:write',
    }),
    type: CampaignRef,
    errors: { types: CAMPAIGN_ERRORS, dataField: { name: 'campaign' } },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateCampaignInput, required: true }),
      idempotencyKey: idempotencyKeyArg(t),
    },
    resolve: (_root, args, { gateway }) => {
      const ref = parseCampaignId(String(args.id));
      const konigle = args.input.konigle;
      if (!konigle) throw new ValidationError([{ path: ['input'], message: 'name exactly one provider' }]);
      const input = parseInput(konigleCampaignSchema.partial(), compact(konigle), 'input.konigle');
      return gateway.konigle.updateCampaign(ref, input, parseIdempotencyKey(args.idempotencyKey));
    },
  }),
);
