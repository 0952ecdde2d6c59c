import { encodeGlobalID } from '@pothos/plugin-relay';
import type { CampaignRef as CampaignRefShape } from '../src/domain/campaign.js';
import { decodeChildRef, encodeChildRef, encodeRef, refOf } from '../src/domain/ids.js';
import {
  BEHAVIOR_TYPES,
  DISCOUNT_TYPES,
  MEDIA_KINDS,
  RESTRICTION_KINDS,
  behaviorKey,
  type CampaignBehavior,
  type CampaignContent,
  type CampaignOffer,
  type OfferDiscount,
  type OfferMedia,
  type OfferRestriction,
} from '../src/domain/sessionm.js';
import { builder } from './builder.js';
import { CampaignRef } from './campaign.js';
import { nodeId } from './node-ids.js';
import { registerNodeScope } from './scopes.js';

const BehaviorTypeEnum = builder.enumType('BehaviorType', {
  description: 'How a behavior counts events: every event, each distinct one, or several goals together.',
  values: BEHAVIOR_TYPES,
});

/** A SessionM behavior (achievement), with its campaign. */
export const BehaviorRef = builder.objectRef<CampaignBehavior>('Behavior');

registerNodeScope('Behavior', 'campaigns:read');

builder.node(BehaviorRef, {
  description:
    'What a customer must do to earn a campaign’s outcome (a SessionM achievement). `id` is a global id ' +
    '(`node(id)`); the provider’s own behavior id is `providerId`.',
  id: {
    resolve: nodeId('Behavior', (behavior: CampaignBehavior) =>
      encodeChildRef(behavior.campaign, behaviorKey(behavior)),
    ),
  },
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'campaign' in value && 'consecutive' in value,
  loadMany: (ids, { gateway }) =>
    Promise.all(
      ids.map((id) => {
        const ref = decodeChildRef(id);
        return ref ? gateway.sessionm.behavior(ref.campaign, ref.childId).catch(() => null) : null;
      }),
    ),
  fields: (t) => ({
    providerId: t.exposeString('id', {
      nullable: true,
      description:
        'The provider’s behavior id (what `id` was before behaviors became nodes); null when the provider ' +
        'named the behavior only in its rules.',
    }),
    campaignId: t.id({
      description: 'The global id of the campaign it belongs to.',
      resolve: (behavior) => encodeGlobalID('Campaign', encodeRef(behavior.campaign)),
    }),
    campaign: t.field({
      type: CampaignRef,
      nullable: true,
      description: 'The campaign it belongs to (one more read, batched with other campaigns).',
      resolve: (behavior, _args, { gateway }) => gateway.campaign(behavior.campaign),
    }),
    externalId: t.exposeString('externalId', { nullable: true }),
    name: t.exposeString('name'),
    eventName: t.exposeString('eventName', { nullable: true, description: 'The event that advances it.' }),
    type: t.expose('type', { type: BehaviorTypeEnum, nullable: true }),
    points: t.exposeInt('points', { nullable: true }),
    goal: t.exposeInt('goal', { description: 'Events needed for one achievement.' }),
    maxTimesRepeatable: t.exposeInt('maxTimesRepeatable', { nullable: true }),
    maxTimesRepeatablePerPeriod: t.exposeInt('maxTimesRepeatablePerPeriod', { nullable: true }),
    periodSeconds: t.exposeInt('periodSeconds', { nullable: true }),
    minSecondsBetweenEvents: t.exposeInt('minSecondsBetweenEvents', { nullable: true }),
    consecutive: t.exposeBoolean('consecutive', { nullable: true, description: 'Events on consecutive days.' }),
  }),
});

const DiscountTypeEnum = builder.enumType('DiscountType', { values: DISCOUNT_TYPES });
const MediaKindEnum = builder.enumType('MediaKind', { values: MEDIA_KINDS });
const RestrictionKindEnum = builder.enumType('OfferRestrictionKind', { values: RESTRICTION_KINDS });

const OfferDiscountRef = builder.objectRef<OfferDiscount>('OfferDiscount').implement({
  fields: (t) => ({
    type: t.expose('type', { type: DiscountTypeEnum }),
    providerType: t.exposeString('providerType'),
    value: t.exposeString('value', {
      nullable: true,
      description: 'A decimal string: a percentage for PERCENT, an amount for FIXED_AMOUNT.',
    }),
  }),
});

const OfferMediaRef = builder.objectRef<OfferMedia>('OfferMedia').implement({
  fields: (t) => ({
    uri: t.exposeString('uri'),
    kind: t.expose('kind', { type: MediaKindEnum }),
    culture: t.exposeString('culture', { nullable: true }),
  }),
});

const OfferRestrictionRef = builder.objectRef<OfferRestriction>('OfferRestriction').implement({
  description: 'One of the offer’s restriction lists, summarized by how many rules it has.',
  fields: (t) => ({
    kind: t.expose('kind', { type: RestrictionKindEnum }),
    rules: t.exposeInt('rules'),
  }),
});

/** A SessionM offer (outcome / deal), with its campaign. */
export const OfferRef = builder.objectRef<CampaignOffer>('Offer');

registerNodeScope('Offer', 'campaigns:read');

builder.node(OfferRef, {
  description:
    'A reward a campaign gives (a SessionM offer or deal). `id` is a global id (`node(id)`); the ' +
    'provider’s own offer id is `providerId`.',
  id: { resolve: nodeId('Offer', (offer: CampaignOffer) => encodeChildRef(offer.campaign, offer.id)) },
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'campaign' in value && 'restrictions' in value,
  loadMany: (ids, { gateway }) =>
    Promise.all(
      ids.map((id) => {
        const ref = decodeChildRef(id);
        return ref ? gateway.sessionm.offer(ref.campaign, ref.childId).catch(() => null) : null;
      }),
    ),
  fields: (t) => ({
    providerId: t.exposeString('id', {
      description: 'The provider’s offer id (what `id` was before offers became nodes).',
    }),
    campaignId: t.id({
      description: 'The global id of the campaign it belongs to.',
      resolve: (offer) => encodeGlobalID('Campaign', encodeRef(offer.campaign)),
    }),
    campaign: t.field({
      type: CampaignRef,
      nullable: true,
      description: 'The campaign it belongs to (one more read, batched with other campaigns).',
      resolve: (offer, _args, { gateway }) => gateway.campaign(offer.campaign),
    }),
    name: t.exposeString('name'),
    type: t.exposeString('type', { description: 'The provider’s offer type (deal, trigger, outcome_entry, ...).' }),
    totalAvailable: t.exposeInt('totalAvailable', { nullable: true }),
    discount: t.expose('discount', { type: OfferDiscountRef, nullable: true }),
    title: t.exposeString('title', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    terms: t.exposeString('terms', { nullable: true }),
    validFrom: t.expose('validFrom', { type: 'DateTime', nullable: true }),
    validUntil: t.expose('validUntil', { type: 'DateTime', nullable: true }),
    validityPeriod: t.exposeInt('validityPeriod', { nullable: true }),
    validityUnit: t.exposeString('validityUnit', { nullable: true }),
    validAfterEnd: t.exposeBoolean('validAfterEnd', { nullable: true }),
    points: t.exposeInt('points', { nullable: true }),
    media: t.expose('media', { type: [OfferMediaRef] }),
    restrictions: t.expose('restrictions', { type: [OfferRestrictionRef] }),
  }),
});

/** A campaign's behaviors as Behavior nodes (each knows its campaign). */
export function campaignBehaviors(campaign: CampaignRefShape, content: Pick<CampaignContent, 'behaviors'>) {
  const ref = refOf(campaign);
  return content.behaviors.map((behavior): CampaignBehavior => ({ campaign: ref, ...behavior }));
}

/** A campaign's offers as Offer nodes (each knows its campaign). */
export function campaignOffers(campaign: CampaignRefShape, content: Pick<CampaignContent, 'offers'>) {
  const ref = refOf(campaign);
  return content.offers.map((offer): CampaignOffer => ({ campaign: ref, ...offer }));
}

builder.objectFields(CampaignRef, (t) => ({
  behaviors: t.field({
    type: [BehaviorRef],
    complexity: { field: 10, multiplier: 5 },
    nullable: true,
    description:
      'What customers must do (SessionM); empty for providers without behaviors, null when the account cannot read them.',
    resolve: async (campaign, _args, { gateway }) => {
      const content = await gateway.sessionm.campaignContent(campaign);
      return content ? campaignBehaviors(campaign, content) : null;
    },
  }),
  offers: t.field({
    type: [OfferRef],
    complexity: { field: 10, multiplier: 5 },
    nullable: true,
    description:
      'Rewards the campaign gives (SessionM); empty for providers without offers, null when the account cannot read them.',
    resolve: async (campaign, _args, { gateway }) => {
      const content = await gateway.sessionm.campaignContent(campaign);
      return content ? campaignOffers(campaign, content) : null;
    },
  }),
}));
