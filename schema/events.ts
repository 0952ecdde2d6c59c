import { encodeGlobalID } from '@pothos/plugin-relay';
import { encodeRef } from '../src/domain/ids.js';
import type { CampaignStatus, RunStatus } from '../src/domain/status.js';
import {
  EVENT_SOURCES,
  EVENT_TYPES,
  type CampaignEvent,
  type StreamItem,
  type StreamNotice,
} from '../src/events/types.js';
import { readOncePerEvent } from '../src/events/shared-read.js';
import { builder } from './builder.js';
import { CampaignRef, parseCampaignId } from './campaign.js';
import { CampaignStatusEnum, ProviderIdEnum, RunStatusEnum } from './enums.js';

const EventTypeEnum = builder.enumType('CampaignEventType', { values: EVENT_TYPES });
const EventSourceEnum = builder.enumType('EventSource', {
  description: 'Where the gateway learnt of the change.',
  values: EVENT_SOURCES,
});
const NoticeKindEnum = builder.enumType('StreamNoticeKind', {
  values: {
    HISTORY_TRUNCATED: {
      description: '`since` is older than the retained history: re-query, then subscribe without `since`.',
    },
    SLOW_CONSUMER: {
      description: 'You fell too far behind and were disconnected: resubscribe with `since: lastEventId`.',
    },
    INTERRUPTED: { description: 'The event stream was interrupted: resubscribe with `since: lastEventId`.' },
  },
});

const CampaignEventRef = builder.objectRef<CampaignEvent>('CampaignEvent').implement({
  description:
    'A campaign status change. `id` is monotonic per tenant: pass the last one you saw as `since` to resume.',
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.expose('type', { type: EventTypeEnum }),
    campaignId: t.id({ resolve: (event) => encodeGlobalID('Campaign', encodeRef(event.campaign)) }),
    campaign: t.field({
      type: CampaignRef,
      nullable: true,
      description: 'The campaign as it is now (one provider read); null if it can no longer be read.',
      resolve: (event, _args, { gateway }) => readOncePerEvent(event, () => gateway.freshCampaign(event.campaign)),
    }),
    provider: t.field({ type: ProviderIdEnum, resolve: (event) => event.campaign.provider }),
    previousStatus: t.field({
      type: CampaignStatusEnum,
      nullable: true,
      resolve: (event) => event.previousStatus as CampaignStatus | null,
    }),
    status: t.field({ type: CampaignStatusEnum, resolve: (event) => event.status as CampaignStatus }),
    source: t.expose('source', { type: EventSourceEnum }),
    occurredAt: t.field({ type: 'DateTime', resolve: (event) => new Date(event.occurredAt) }),
  }),
});

const RunEventRef = builder.objectRef<CampaignEvent>('RunEvent').implement({
  description: 'A run status change of one campaign.',
  fields: (t) => ({
    id: t.exposeID('id'),
    campaignId: t.id({ resolve: (event) => encodeGlobalID('Campaign', encodeRef(event.campaign)) }),
    runId: t.string({ resolve: (event) => event.runId ?? '' }),
    previousStatus: t.field({
      type: RunStatusEnum,
      nullable: true,
      resolve: (e) => e.previousStatus as RunStatus | null,
    }),
    status: t.field({ type: RunStatusEnum, resolve: (event) => event.status as RunStatus }),
    source: t.expose('source', { type: EventSourceEnum }),
    occurredAt: t.field({ type: 'DateTime', resolve: (event) => new Date(event.occurredAt) }),
  }),
});

const StreamNoticeRef = builder.objectRef<StreamNotice>('StreamNotice').implement({
  description: 'The stream cannot continue as it was; the kind says what to do. It is the last message of the stream.',
  fields: (t) => ({
    kind: t.expose('kind', { type: NoticeKindEnum }),
    lastEventId: t.id({
      nullable: true,
      resolve: (notice) => ('lastDeliveredId' in notice ? notice.lastDeliveredId : null),
    }),
    message: t.string({
      resolve: (notice) =>
        notice.kind === 'HISTORY_TRUNCATED'
          ? 'The events after `since` are no longer retained; re-query the campaigns and subscribe again.'
          : 'The stream was cut; subscribe again with `since` set to lastEventId to receive what you missed.',
    }),
  }),
});

const isEvent = (item: StreamItem): item is { event: CampaignEvent } => 'event' in item;

const CampaignEventMessage = builder.unionType('CampaignEventMessage', {
  types: [CampaignEventRef, StreamNoticeRef],
  resolveType: (value) => ('kind' in value ? StreamNoticeRef : CampaignEventRef),
});

const RunEventMessage = builder.unionType('RunEventMessage', {
  types: [RunEventRef, StreamNoticeRef],
  resolveType: (value) => ('kind' in value ? StreamNoticeRef : RunEventRef),
});

const CampaignEventFilter = builder.inputType('CampaignEventFilter', {
  fields: (t) => ({
    providers: t.field({ type: [ProviderIdEnum], required: false }),
    campaignIds: t.idList({ required: false }),
    statuses: t.field({ type: [CampaignStatusEnum], required: false }),
    types: t.field({ type: [EventTypeEnum], required: false }),
  }),
});

builder.subscriptionField('campaignEvents', (t) =>
  t.field({
    authScopes: { scope: 'campaigns:read' },
    type: CampaignEventMessage,
    description:
      'Every campaign status change of your tenant, from any provider and any source. With `since`, first every retained event after it (exactly once), then live ones.',
    args: { filter: t.arg({ type: CampaignEventFilter, required: false }), since: t.arg.id({ required: false }) },
    subscribe: (_root, args, { gateway, resumeFrom }) => {
      const wanted = args.filter;
      const ids = wanted?.campaignIds
        ? new Set(wanted.campaignIds.map((id) => encodeRef(parseCampaignId(String(id)))))
        : null;
      return gateway.events(args.since == null ? resumeFrom : String(args.since), (event) => {
        if (event.type === 'RUN_STATUS_CHANGED') return wanted?.types?.includes('RUN_STATUS_CHANGED') ?? false;
        if (wanted?.providers && !wanted.providers.includes(event.campaign.provider)) return false;
        if (ids && !ids.has(encodeRef(event.campaign))) return false;
        if (wanted?.statuses && !wanted.statuses.includes(event.status as CampaignStatus)) return false;
        return !wanted?.types || wanted.types.includes(event.type);
      });
    },
    resolve: (item: StreamItem) => (isEvent(item) ? item.event : item.notice),
  }),
);

builder.subscriptionField('runEvents', (t) =>
  t.field({
    authScopes: { scope: 'campaigns:read' },
    type: RunEventMessage,
    description: 'Run status changes of one campaign (Peach runs, Konigle executions, BSG sends).',
    args: { campaignId: t.arg.id({ required: true }), since: t.arg.id({ required: false }) },
    subscribe: (_root, args, { gateway, resumeFrom }) => {
      const ref = encodeRef(parseCampaignId(String(args.campaignId)));
      return gateway.events(
        args.since == null ? resumeFrom : String(args.since),
        (event) => event.type === 'RUN_STATUS_CHANGED' && encodeRef(event.campaign) === ref,
      );
    },
    resolve: (item: StreamItem) => (isEvent(item) ? item.event : item.notice),
  }),
);

builder.queryField('latestEventId', (t) =>
  t.id({
    authScopes: { scope: 'campaigns:read' },
    nullable: true,
    description:
      'The newest event id of your tenant (null before any). Read it together with your query, then subscribe ' +
      'with `since` set to it: no change between the two is lost.',
    resolve: (_root, _args, { gateway }) => gateway.latestEventId(),
  }),
);
