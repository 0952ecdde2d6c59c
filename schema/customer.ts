import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import {
  NotFoundError,
  ProviderRejectedError,
  UnsupportedOperationError,
  ValidationError,
} from '../src/domain/errors.js';
import { encodeRef } from '../src/domain/ids.js';
import {
  CUSTOMER_CAMPAIGN_FILTERS,
  CUSTOMER_PROGRESS_STATES,
  type BehaviorProgress,
  type CustomerCampaign,
  type CustomerCampaignPage,
  type CustomerProgress,
} from '../src/domain/sessionm.js';
import type { CustomerHandle } from '../src/gateway/sessionm.js';
import { builder } from './builder.js';
import { CampaignRef, parseCampaignId } from './campaign.js';
import { ProviderIdEnum } from './enums.js';
import { BehaviorRef, campaignBehaviors, campaignOffers, OfferRef } from './sessionm.js';
import { parseInput } from './validate.js';

/** Errors a customer read may answer as typed results. */
const READ_ERRORS = [NotFoundError, ProviderRejectedError];

const CustomerProgressStateEnum = builder.enumType('CustomerProgressState', {
  description: 'A customer’s state in a campaign.',
  values: CUSTOMER_PROGRESS_STATES,
});

const CustomerCampaignFilterEnum = builder.enumType('CustomerCampaignFilter', {
  description: 'Which active campaigns to list: those the customer is eligible for, not eligible for, or all.',
  values: CUSTOMER_CAMPAIGN_FILTERS,
});

const BehaviorProgressRef = builder.objectRef<BehaviorProgress>('BehaviorProgress').implement({
  fields: (t) => ({
    behaviorId: t.exposeString('behaviorId', {
      description: 'The provider’s behavior id: the `providerId` of the campaign’s Behavior (not its global `id`).',
    }),
    externalId: t.exposeString('externalId', { nullable: true }),
    eventName: t.exposeString('eventName', { nullable: true }),
    name: t.exposeString('name'),
    progress: t.exposeInt('progress', { description: 'Events counted toward the goal.' }),
    goal: t.exposeInt('goal'),
    completed: t.boolean({ resolve: (item) => item.progress >= item.goal }),
  }),
});

/** A customer's progress in a campaign. */
export const CustomerProgressRef = builder.objectRef<CustomerProgress>('CustomerProgress').implement({
  description: 'A customer’s standing in a campaign and progress on each behavior.',
  fields: (t) => ({
    state: t.expose('state', { type: CustomerProgressStateEnum }),
    providerState: t.exposeString('providerState'),
    optedIn: t.exposeBoolean('optedIn', {
      nullable: true,
      description: 'Set only when the customer explicitly opted in (true) or out (false).',
    }),
    behaviors: t.expose('behaviors', { type: [BehaviorProgressRef] }),
  }),
});

/** A campaign as one customer sees it, with the customer it was read for. */
interface CustomerCampaignView {
  customer: CustomerHandle;
  campaign: CustomerCampaign;
}

const refOf = (view: CustomerCampaignView) => ({ ...view.customer.account, providerId: view.campaign.providerId });

const CustomerCampaignRef = builder.objectRef<CustomerCampaignView>('CustomerCampaign').implement({
  description: 'An active campaign as one customer sees it.',
  fields: (t) => ({
    campaignId: t.id({ resolve: (view) => encodeGlobalID('Campaign', encodeRef(refOf(view))) }),
    campaign: t.field({
      type: CampaignRef,
      nullable: true,
      resolve: (view, _args, { gateway }) => gateway.campaign(refOf(view)),
    }),
    externalId: t.string({ nullable: true, resolve: (view) => view.campaign.externalId }),
    name: t.string({ resolve: (view) => view.campaign.name }),
    startsAt: t.field({ type: 'DateTime', resolve: (view) => view.campaign.startsAt }),
    endsAt: t.field({ type: 'DateTime', resolve: (view) => view.campaign.endsAt }),
    optInStartsAt: t.field({ type: 'DateTime', nullable: true, resolve: (view) => view.campaign.optInStartsAt }),
    optInEndsAt: t.field({ type: 'DateTime', nullable: true, resolve: (view) => view.campaign.optInEndsAt }),
    qualified: t.boolean({ resolve: (view) => view.campaign.qualified }),
    optedIn: t.boolean({ nullable: true, resolve: (view) => view.campaign.optedIn }),
    state: t.field({ type: CustomerProgressStateEnum, resolve: (view) => view.campaign.state }),
    providerState: t.string({ resolve: (view) => view.campaign.providerState }),
    behaviors: t.field({ type: [BehaviorRef], resolve: (view) => campaignBehaviors(refOf(view), view.campaign) }),
    offers: t.field({ type: [OfferRef], resolve: (view) => campaignOffers(refOf(view), view.campaign) }),
    progress: t.field({
      type: CustomerProgressRef,
      description: 'The customer’s progress per behavior (one more provider call).',
      resolve: (view, _args, { gateway }) => gateway.sessionm.customerProgress(view.customer, refOf(view)),
    }),
  }),
});

interface CustomerPageView {
  customer: CustomerHandle;
  page: CustomerCampaignPage;
}

const CustomerCampaignPageRef = builder.objectRef<CustomerPageView>('CustomerCampaignPage').implement({
  description: 'One page of a customer’s campaigns, in the provider’s page numbering.',
  fields: (t) => ({
    page: t.int({ resolve: (view) => view.page.page }),
    pageSize: t.int({ resolve: (view) => view.page.pageSize }),
    numberOfPages: t.int({ resolve: (view) => view.page.numberOfPages }),
    hasNextPage: t.boolean({ resolve: (view) => view.page.page < view.page.numberOfPages }),
    nodes: t.field({
      type: [CustomerCampaignRef],
      resolve: (view) => view.page.campaigns.map((campaign) => ({ customer: view.customer, campaign })),
    }),
  }),
});

const pageArgs = z.object({
  page: z.number().int().min(1, 'must be at least 1'),
  pageSize: z.number().int().min(1, 'must be at least 1').max(100, 'at most 100'),
});

const CustomerRef = builder.objectRef<CustomerHandle>('Customer').implement({
  description: 'A customer of a provider account (SessionM), by internal id or external id.',
  fields: (t) => ({
    provider: t.field({ type: ProviderIdEnum, resolve: (customer) => customer.account.provider }),
    account: t.string({ resolve: (customer) => customer.account.account }),
    id: t.string({ nullable: true, resolve: (c) => (c.key.kind === 'id' ? c.key.id : null) }),
    externalId: t.string({ nullable: true, resolve: (c) => (c.key.kind === 'externalId' ? c.key.id : null) }),
    campaigns: t.field({
      type: CustomerCampaignPageRef,
      errors: {
        types: [ValidationError, ...READ_ERRORS],
        directResult: true,
        result: { name: 'CustomerCampaignsSuccess' },
        union: { name: 'CustomerCampaignsResult' },
      },
      args: {
        filter: t.arg({ type: CustomerCampaignFilterEnum, required: false, defaultValue: 'ELIGIBLE' }),
        page: t.arg.int({ required: false, defaultValue: 1 }),
        pageSize: t.arg.int({ required: false, defaultValue: 20 }),
      },
      resolve: async (customer, args, { gateway }) => {
        const { page, pageSize } = parseInput(pageArgs, { page: args.page, pageSize: args.pageSize }, 'args');
        const filter = args.filter ?? 'ELIGIBLE';
        const found = await gateway.sessionm.customerCampaigns(customer, { filter, page, pageSize });
        return { customer, page: found };
      },
    }),
    campaign: t.field({
      type: CustomerCampaignRef,
      description: 'One active campaign as this customer sees it; NotFoundError when it is not active or unknown.',
      errors: {
        types: READ_ERRORS,
        directResult: true,
        result: { name: 'CustomerCampaignSuccess' },
        union: { name: 'CustomerCampaignResult' },
      },
      args: { id: t.arg.id({ required: true, description: 'The Campaign id.' }) },
      resolve: async (customer, { id }, { gateway }) => ({
        customer,
        campaign: await gateway.sessionm.customerCampaign(customer, parseCampaignId(id)),
      }),
    }),
    progress: t.field({
      type: CustomerProgressRef,
      description: 'The customer’s progress in a campaign, also after it ended.',
      errors: {
        types: READ_ERRORS,
        directResult: true,
        result: { name: 'CustomerProgressSuccess' },
        union: { name: 'CustomerProgressResult' },
      },
      args: { campaignId: t.arg.id({ required: true }) },
      resolve: (customer, { campaignId }, { gateway }) =>
        gateway.sessionm.customerProgress(customer, parseCampaignId(campaignId)),
    }),
  }),
});

builder.queryField('customer', (t) =>
  t.field({
    authScopes: { scope: 'contacts:read' },
    type: CustomerRef,
    description: 'A customer of a provider that keeps customer progress (SessionM); give `id` or `externalId`.',
    errors: { types: [ValidationError, NotFoundError, UnsupportedOperationError], directResult: true },
    args: {
      provider: t.arg({ type: ProviderIdEnum, required: true }),
      account: t.arg.string({ required: false, description: 'Needed only when the tenant has several.' }),
      id: t.arg.string({ required: false, description: 'The provider’s internal user id.' }),
      externalId: t.arg.string({ required: false, description: 'The customer id in your own system.' }),
    },
    resolve: (_root, args, { gateway }) =>
      gateway.sessionm.customer(args.provider, args.account ?? null, args.id ?? null, args.externalId ?? null),
  }),
);
