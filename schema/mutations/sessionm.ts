import type { RequestGateway } from '../../src/gateway/campaigns.js';
import { z } from 'zod';
import {
  IdempotencyConflictError,
  NotFoundError,
  UnsupportedOperationError,
  ValidationError,
} from '../../src/domain/errors.js';
import {
  CustomerIneligibleError,
  OPT_IN_REFUSALS,
  OptInEndedError,
  OptInFailedError,
  OptInLimitReachedError,
  OptInNotStartedError,
  type OptInRefusedError,
  type CustomerKey,
} from '../../src/domain/sessionm.js';
import { builder } from '../builder.js';
import { CampaignRef, parseCampaignId } from '../campaign.js';
import { ErrorInterface, PROVIDER_ERRORS } from '../errors.js';
import { parseInput } from '../validate.js';
import { idempotencyKeyArg, parseIdempotencyKey } from './idempotency-key.js';
import { CustomerProgressRef } from '../customer.js';

const OptInRefusalEnum = builder.enumType('OptInRefusalReason', { values: OPT_IN_REFUSALS });

const OptInRefusalInterface = builder.interfaceRef<OptInRefusedError>('OptInRefusal').implement({
  description: 'The provider refused the opt-in for one of its documented reasons.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    reason: t.expose('reason', { type: OptInRefusalEnum }),
    campaignId: t.exposeString('campaignId', { description: 'The provider’s campaign id.' }),
    providerReason: t.exposeString('providerReason'),
  }),
});

const REFUSALS = [
  [CustomerIneligibleError, 'CustomerIneligibleError', 'The campaign’s targeting leaves the customer out.'],
  [OptInNotStartedError, 'OptInNotStartedError', 'The opt-in window has not opened yet.'],
  [OptInEndedError, 'OptInEndedError', 'The opt-in window has closed.'],
  [OptInLimitReachedError, 'OptInLimitReachedError', 'The campaign has as many opted-in customers as it allows.'],
  [OptInFailedError, 'OptInFailedError', 'The opt-in failed for a reason the provider does not give.'],
] as const;

for (const [errorClass, name, description] of REFUSALS) {
  builder.objectType(errorClass, {
    name,
    description,
    interfaces: [ErrorInterface, OptInRefusalInterface],
    fields: () => ({}),
  });
}

const OptInCustomerInput = builder.inputType('OptInCustomerInput', {
  fields: (t) => ({
    campaignId: t.id({ required: true }),
    customerId: t.string({ required: false, description: 'The provider’s internal user id.' }),
    customerExternalId: t.string({ required: false, description: 'The customer id in your own system.' }),
  }),
});

const optInSchema = z
  .object({
    campaignId: z.string(),
    customerId: z.string().min(1).nullish(),
    customerExternalId: z.string().min(1).nullish(),
  })
  .refine((input) => !input.customerId !== !input.customerExternalId, {
    path: ['customerId'],
    message: 'give exactly one of customerId or customerExternalId',
  });

builder.mutationField('optInCustomer', (t) =>
  t.field({
    authScopes: { scope: 'contacts:write' },
    type: CustomerProgressRef,
    description: 'Opts a customer in to a campaign that requires opt-in; each documented refusal is its own type.',
    errors: {
      types: [
        ValidationError,
        NotFoundError,
        UnsupportedOperationError,
        IdempotencyConflictError,
        ...REFUSALS.map(([errorClass]) => errorClass),
        ...PROVIDER_ERRORS,
      ],
      dataField: { name: 'progress' },
    },
    args: { input: t.arg({ type: OptInCustomerInput, required: true }), idempotencyKey: idempotencyKeyArg(t) },
    resolve: (_root, args, { gateway }) => {
      const input = parseInput(optInSchema, args.input, 'input');
      const customer: CustomerKey = input.customerId
        ? { kind: 'id', id: input.customerId }
        : { kind: 'externalId', id: input.customerExternalId ?? '' };
      return gateway.sessionm.optIn(
        parseCampaignId(input.campaignId),
        customer,
        parseIdempotencyKey(args.idempotencyKey),
      );
    },
  }),
);

const SessionMCampaignTypeEnum = builder.enumType('SessionMCampaignType', {
  values: ['PROMOTION', 'MESSAGING'] as const,
});

export const CreateSessionMCampaignInput = builder.inputType('CreateSessionMCampaignInput', {
  description: 'A SessionM campaign; SessionM creates it live, engaging customers between startsAt and endsAt.',
  fields: (t) => ({
    account: t.string({ required: false, description: 'Needed only when the tenant has several SessionM accounts.' }),
    name: t.string({ required: true, description: 'Unique at the provider.' }),
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true }),
    externalId: t.string({ required: false, description: 'Your own id; the provider generates one when absent.' }),
    campaignType: t.field({ type: SessionMCampaignTypeEnum, required: false }),
    optInRequired: t.boolean({ required: false }),
    optInStartsAt: t.field({ type: 'DateTime', required: false }),
    optInEndsAt: t.field({ type: 'DateTime', required: false }),
    includeTags: t.stringList({ required: false, description: 'Customers need one of these tags.' }),
    excludeTags: t.stringList({ required: false, description: 'Customers with any of these tags are left out.' }),
  }),
});

const tags = z.array(z.string().min(1, 'must not be empty')).max(50, 'at most 50 tags').nullish();

const createSchema = z
  .object({
    account: z.string().nullish(),
    name: z.string().trim().min(1, 'is required').max(255, 'at most 255 characters'),
    startsAt: z.date(),
    endsAt: z.date(),
    externalId: z.string().trim().min(1, 'must not be empty').max(255).nullish(),
    campaignType: z.enum(['PROMOTION', 'MESSAGING']).nullish(),
    optInRequired: z.boolean().nullish(),
    optInStartsAt: z.date().nullish(),
    optInEndsAt: z.date().nullish(),
    includeTags: tags,
    excludeTags: tags,
  })
  .superRefine((input, ctx) => {
    if (input.endsAt <= input.startsAt)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
    if (input.optInStartsAt && input.optInEndsAt && input.optInEndsAt <= input.optInStartsAt) {
      ctx.addIssue({ code: 'custom', path: ['optInEndsAt'], message: 'must be after optInStartsAt' });
    }
  });

builder.mutationField('createSessionMCampaign', (t) =>
  t.field({
    deprecationReason: 'Use createCampaign(input: { sessionm: … }).',
    authScopes: { scope: 'campaigns:send' },
    type: CampaignRef,
    description: 'Creates a live SessionM campaign. Never retried by the gateway: a create happens once.',
    errors: {
      types: [ValidationError, NotFoundError, UnsupportedOperationError, IdempotencyConflictError, ...PROVIDER_ERRORS],
      dataField: { name: 'campaign' },
    },
    args: { input: t.arg({ type: CreateSessionMCampaignInput, required: true }), idempotencyKey: idempotencyKeyArg(t) },
    resolve: (_root, args, { gateway }) =>
      createSessionMCampaign(gateway, args.input, 'input', parseIdempotencyKey(args.idempotencyKey)),
  }),
);

/** Creates a SessionM campaign from its input (shared by createCampaign and the older createSessionMCampaign). */
export function createSessionMCampaign(gateway: RequestGateway, raw: unknown, path: string, key: string | null) {
  const input = parseInput(createSchema, raw, path);
  return gateway.sessionm.create(
    input.account ?? null,
    {
      name: input.name,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      externalId: input.externalId ?? null,
      campaignType: input.campaignType ?? null,
      optInRequired: input.optInRequired ?? false,
      optInStartsAt: input.optInStartsAt ?? null,
      optInEndsAt: input.optInEndsAt ?? null,
      includeTags: input.includeTags ?? [],
      excludeTags: input.excludeTags ?? [],
    },
    key,
  );
}
