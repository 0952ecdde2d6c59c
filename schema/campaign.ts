import { decodeGlobalID } from '@pothos/plugin-relay';
import type { BsgCampaignDetails, Campaign, CampaignStats, Schedule } from '../src/domain/campaign.js';
import { NotFoundError } from '../src/domain/errors.js';
import { decodeRef, encodeRef } from '../src/domain/ids.js';
import { PROVIDER_NAMES } from '../src/domain/provider.js';
import { builder } from './builder.js';
import { CampaignActionEnum, CampaignStatusEnum, ChannelEnum, ProviderIdEnum } from './enums.js';
import { MoneyRef } from './money.js';
import { nodeId } from './node-ids.js';
import { KonigleDetailsRef } from './konigle-details.js';
import { PeachDetailsRef } from './peach-details.js';
import { SessionMDetailsRef } from './sessionm-details.js';

const ScheduleRef = builder.objectRef<Schedule>('Schedule').implement({
  description: 'When a campaign runs: a window, a one-off time, or a recurring cron.',
  fields: (t) => ({
    startsAt: t.expose('startsAt', { type: 'DateTime', nullable: true }),
    endsAt: t.expose('endsAt', { type: 'DateTime', nullable: true }),
    scheduledAt: t.expose('scheduledAt', { type: 'DateTime', nullable: true }),
    cron: t.exposeString('cron', { nullable: true }),
  }),
});

export const CampaignStatsRef = builder.objectRef<CampaignStats>('CampaignStats').implement({
  description: 'Delivery counters; null where the provider does not report that counter.',
  fields: (t) => ({
    recipients: t.exposeInt('recipients', { nullable: true }),
    sent: t.exposeInt('sent', { nullable: true }),
    delivered: t.exposeInt('delivered', { nullable: true }),
    failed: t.exposeInt('failed', { nullable: true }),
    opened: t.exposeInt('opened', { nullable: true }),
    clicked: t.exposeInt('clicked', { nullable: true }),
    cost: t.expose('cost', { type: MoneyRef, nullable: true }),
  }),
});

const BsgDetailsRef = builder.objectRef<BsgCampaignDetails>('BsgCampaignDetails').implement({
  description: 'What only BSG knows about a campaign.',
  fields: (t) => ({
    sender: t.exposeString('sender', { nullable: true }),
    messageType: t.exposeString('messageType'),
    realStartAt: t.expose('realStartAt', { type: 'DateTime', nullable: true }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
  }),
});

const CampaignDetailsUnion = builder.unionType('CampaignDetails', {
  description: 'Provider-specific facts, one typed member per provider (never raw provider JSON, never a secret).',
  types: [BsgDetailsRef, SessionMDetailsRef, KonigleDetailsRef, PeachDetailsRef],
  resolveType: (details) =>
    ({ bsg: BsgDetailsRef, sessionm: SessionMDetailsRef, konigle: KonigleDetailsRef, peach: PeachDetailsRef })[
      details.provider
    ],
});

/** The unified campaign, whatever provider holds it. */
export const CampaignRef = builder.objectRef<Campaign>('Campaign');

builder.node(CampaignRef, {
  description: 'A campaign at any provider, in one shape.',
  id: { resolve: nodeId('Campaign', (campaign: Campaign) => encodeRef(campaign)) },
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'providerStatus' in value,
  loadMany: (ids, { gateway }) =>
    Promise.all(
      ids.map((id) => {
        const ref = decodeRef(id);
        return ref ? gateway.campaign(ref).catch(() => null) : null;
      }),
    ),
  fields: (t) => ({
    provider: t.expose('provider', { type: ProviderIdEnum }),
    providerName: t.string({ resolve: (campaign) => PROVIDER_NAMES[campaign.provider] }),
    account: t.exposeString('account', { description: 'The provider account (from config) holding it.' }),
    providerId: t.exposeString('providerId', { description: "The provider's own id." }),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    status: t.expose('status', { type: CampaignStatusEnum }),
    providerStatus: t.exposeString('providerStatus', { description: "The provider's own status word." }),
    channels: t.expose('channels', { type: [ChannelEnum] }),
    schedule: t.expose('schedule', { type: ScheduleRef }),
    stats: t.expose('stats', { type: CampaignStatsRef, nullable: true }),
    ltv: t.expose('ltv', { type: MoneyRef, nullable: true, description: 'Lifetime value attributed to it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
    availableActions: t.field({
      type: [CampaignActionEnum],
      description: 'What this campaign can do now: the provider’s capabilities crossed with the status machine.',
      resolve: (campaign, _args, { gateway }) => gateway.availableActions(campaign),
    }),
    deliveryStats: t.field({
      type: CampaignStatsRef,
      complexity: 20,
      nullable: true,
      description: 'Full delivery statistics, fetched on demand where the provider has them (one extra call).',
      resolve: (campaign, _args, { gateway }) => {
        const adapter = gateway.adapterFor(campaign);
        return adapter.deliveryStats ? adapter.deliveryStats(campaign.providerId, gateway.context) : null;
      },
    }),
    details: t.expose('details', { type: CampaignDetailsUnion }),
  }),
});

/** Reads a Campaign global id; anything else (malformed, another type) is a typed not-found. */
export function parseCampaignId(globalId: string) {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    const ref = typename === 'Campaign' ? decodeRef(id) : undefined;
    if (ref) return ref;
  } catch {
    // falls through to not-found
  }
  throw new NotFoundError('Campaign', globalId);
}

builder.queryField('campaign', (t) =>
  t.field({
    authScopes: { scope: 'campaigns:read' },
    type: CampaignRef,
    description: 'One campaign by global id; an unknown id (or another tenant’s) answers NotFoundError.',
    errors: { types: [NotFoundError], directResult: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, { gateway }) => {
      const campaign = await gateway.campaign(parseCampaignId(id));
      if (!campaign) throw new NotFoundError('Campaign', id);
      return campaign;
    },
  }),
);
