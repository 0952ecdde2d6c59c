import {
  BEHAVIOR_TYPES,
  DISCOUNT_TYPES,
  MEDIA_KINDS,
  RESTRICTION_KINDS,
  type Behavior,
  type Offer,
  type OfferDiscount,
  type OfferMedia,
  type OfferRestriction,
} from '../src/domain/sessionm.js';
import { builder } from './builder.js';
import { CampaignRef } from './campaign.js';

const BehaviorTypeEnum = builder.enumType('BehaviorType', {
  description: 'How a behavior counts events: every event, each distinct one, or several goals together.',
  values: BEHAVIOR_TYPES,
});

/** A SessionM behavior (achievement). */
export const BehaviorRef = builder.objectRef<Behavior>('Behavior').implement({
  description: 'What a customer must do to earn a campaign’s outcome (a SessionM achievement).',
  fields: (t) => ({
    id: t.exposeString('id', { nullable: true, description: 'The provider’s behavior id.' }),
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

/** A SessionM offer (outcome / deal). */
export const OfferRef = builder.objectRef<Offer>('Offer').implement({
  description: 'A reward a campaign gives (a SessionM offer or deal).',
  fields: (t) => ({
    id: t.exposeString('id'),
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

builder.objectFields(CampaignRef, (t) => ({
  behaviors: t.field({
    type: [BehaviorRef],
    complexity: { field: 10, multiplier: 5 },
    nullable: true,
    description:
      'What customers must do (SessionM); empty for providers without behaviors, null when the account cannot read them.',
    resolve: async (campaign, _args, { gateway }) =>
      (await gateway.sessionm.campaignContent(campaign))?.behaviors ?? null,
  }),
  offers: t.field({
    type: [OfferRef],
    complexity: { field: 10, multiplier: 5 },
    nullable: true,
    description:
      'Rewards the campaign gives (SessionM); empty for providers without offers, null when the account cannot read them.',
    resolve: async (campaign, _args, { gateway }) => (await gateway.sessionm.campaignContent(campaign))?.offers ?? null,
  }),
}));
