/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A lifecycle action a caller can ask for. */
export type CampaignAction =
  | 'CANCEL'
  | 'PAUSE'
  | 'RESUME'
  | 'SCHEDULE'
  | 'START';

export type CampaignEventFilter = {
  campaignIds?: Array<string | number> | null | undefined;
  providers?: Array<ProviderId> | null | undefined;
  statuses?: Array<CampaignStatus> | null | undefined;
  types?: Array<CampaignEventType> | null | undefined;
};

export type CampaignEventType =
  | 'CREATED'
  | 'RUN_STATUS_CHANGED'
  | 'STATS_UPDATED'
  | 'STATUS_CHANGED';

/** Filters are pushed to each provider where its API can apply them, and applied by the gateway otherwise. */
export type CampaignFilter = {
  channels?: Array<Channel> | null | undefined;
  createdAfter?: string | null | undefined;
  createdBefore?: string | null | undefined;
  providers?: Array<ProviderId> | null | undefined;
  /** Case-insensitive text in the name (1-255 characters). */
  search?: string | null | undefined;
  statuses?: Array<CampaignStatus> | null | undefined;
};

/** Sort key and direction; ties are broken by global id. Orders a provider cannot sort by itself are sorted by the gateway after reading that account’s list (up to 10,000 campaigns per account). */
export type CampaignOrder = {
  direction?: OrderDirection;
  field?: CampaignOrderField;
};

export type CampaignOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'STARTS_AT'
  | 'UPDATED_AT';

/** The normalized campaign status; each provider adapter documents how its own words map here. */
export type CampaignStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'FAILED'
  | 'IN_REVIEW'
  | 'PAUSED'
  | 'PENDING'
  | 'REJECTED'
  | 'RUNNING'
  | 'SCHEDULED'
  | 'UNKNOWN';

/** An operation a provider account supports. */
export type Capability =
  | 'ADD_LTV'
  | 'CANCEL'
  | 'CONTACTS'
  | 'CREATE'
  | 'CUSTOMER_PROGRESS'
  | 'DELIVERY_STATS'
  | 'ESTIMATE_PRICE'
  | 'OPT_IN'
  | 'PAUSE'
  | 'RESUME'
  | 'SCHEDULE'
  | 'SEND'
  | 'SEND_TEST'
  | 'START'
  | 'TRIGGER_RUN'
  | 'UPDATE';

export type Channel =
  | 'EMAIL'
  | 'INBOX'
  | 'IN_APP'
  | 'OTHER'
  | 'PUSH'
  | 'RCS'
  | 'SMS'
  | 'TELEGRAM'
  | 'VIBER'
  | 'VOICE'
  | 'WHATSAPP';

export type EstimateCampaignPriceInput = {
  account?: string | null | undefined;
  phones: Array<string>;
  sender: string;
  tariffCode?: number | null | undefined;
  text: string;
};

/** Where the gateway learnt of the change. */
export type EventSource =
  | 'MUTATION'
  | 'POLL'
  | 'WEBHOOK';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type ProviderId =
  | 'BSG'
  | 'KONIGLE'
  | 'PEACH'
  | 'SESSIONM';

/** A one-shot message campaign, created and sent in one call. */
export type SendCampaignInput = {
  /** Provider account to send with; optional when only one can send. */
  account?: string | null | undefined;
  channel: SendChannel;
  /** Deliver by SMS to phones the channel cannot reach. */
  fallbackToSms?: boolean | null | undefined;
  /** International numbers, digits only (9-15). */
  phones: Array<string>;
  sender: string;
  /** A future time schedules the send. */
  startAt?: string | null | undefined;
  tariffCode?: number | null | undefined;
  text: string;
  validityHours?: number | null | undefined;
  whatsappTemplate?: WhatsappTemplateInput | null | undefined;
};

export type SendChannel =
  | 'RCS'
  | 'SMS'
  | 'VIBER'
  | 'WHATSAPP';

export type StreamNoticeKind =
  /** `since` is older than the retained history: re-query, then subscribe without `since`. */
  | 'HISTORY_TRUNCATED'
  /** The event stream was interrupted: resubscribe with `since: lastEventId`. */
  | 'INTERRUPTED'
  /** You fell too far behind and were disconnected: resubscribe with `since: lastEventId`. */
  | 'SLOW_CONSUMER';

export type WhatsappTemplateInput = {
  /** e.g. "en" */
  languageCode: string;
  name: string;
};

export type DashboardOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardOverviewQuery = { providers: Array<{ id: ProviderId }>, campaigns: { totalCount: number | null } };

export type BsgCampaignsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CampaignFilter | null | undefined;
}>;


export type BsgCampaignsQuery = { campaigns: { totalCount: number | null, edges: Array<{ cursor: string, node: { id: string, name: string, provider: ProviderId, providerStatus: string, status: CampaignStatus, channels: Array<Channel>, availableActions: Array<CampaignAction>, details: { __typename: 'BsgCampaignDetails', sender: string | null, messageType: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null, missingProviders: Array<{ provider: ProviderId, account: string }> } } };

export type CampaignByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignByIdQuery = { campaign:
    | { __typename: 'Campaign', id: string, name: string, status: CampaignStatus, deliveryStats: { sent: number | null, delivered: number | null, cost: { amount: string, currency: string } | null } | null }
    | { __typename: 'NotFoundError', message: string, id: string }
   };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node: { name: string, id: string } | null };

export type ProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersQuery = { providers: Array<{ id: ProviderId, name: string, account: string, capabilities: Array<Capability> }> };

export type SendSmsMutationVariables = Exact<{
  input: SendCampaignInput;
}>;


export type SendSmsMutation = { sendCampaign:
    | { __typename: 'IdempotencyConflictError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderBadResponseError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderTimeoutError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'SendCampaignSuccess', campaign: { id: string, status: CampaignStatus, providerStatus: string, channels: Array<Channel> } }
    | { __typename: 'StateUnavailableError', code: string, message: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type EstimatePriceMutationVariables = Exact<{
  input: EstimateCampaignPriceInput;
}>;


export type EstimatePriceMutation = { estimateCampaignPrice:
    | { __typename: 'EstimateCampaignPriceSuccess', price: { amount: string, currency: string } }
    | { __typename: 'IdempotencyConflictError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderBadResponseError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderTimeoutError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'StateUnavailableError', code: string, message: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type CancelCampaignMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelCampaignMutation = { cancelCampaign:
    | { __typename: 'CancelCampaignSuccess', campaign: { id: string, status: CampaignStatus, availableActions: Array<CampaignAction> } }
    | { __typename: 'IdempotencyConflictError', code: string, message: string }
    | { __typename: 'InvalidTransitionError', currentStatus: CampaignStatus, allowedFrom: Array<CampaignStatus>, providerReason: string | null, code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderBadResponseError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderTimeoutError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'StateUnavailableError', code: string, message: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type PauseCampaignMutationVariables = Exact<{
  id: string | number;
}>;


export type PauseCampaignMutation = { pauseCampaign:
    | { __typename: 'IdempotencyConflictError' }
    | { __typename: 'InvalidTransitionError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'PauseCampaignSuccess' }
    | { __typename: 'ProviderBadResponseError' }
    | { __typename: 'ProviderRejectedError' }
    | { __typename: 'ProviderTimeoutError' }
    | { __typename: 'ProviderUnavailableError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'StateUnavailableError' }
    | { __typename: 'UnsupportedOperationError', provider: ProviderId, operation: Capability, message: string }
    | { __typename: 'ValidationError' }
   };

export type WatchSourcesSubscriptionVariables = Exact<{
  since?: string | number | null | undefined;
}>;


export type WatchSourcesSubscription = { campaignEvents:
    | { __typename: 'CampaignEvent', id: string, campaignId: string, previousStatus: CampaignStatus | null, status: CampaignStatus, source: EventSource }
    | { __typename: 'StreamNotice' }
   };

export type EventHeadQueryVariables = Exact<{ [key: string]: never; }>;


export type EventHeadQuery = { latestEventId: string | null };

export type FederatedPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: CampaignOrder | null | undefined;
}>;


export type FederatedPageQuery = { campaigns: { totalCount: number | null, edges: Array<{ node: { id: string, name: string, provider: ProviderId, createdAt: string, updatedAt: string | null, schedule: { startsAt: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type QuickStartExampleQueryVariables = Exact<{ [key: string]: never; }>;


export type QuickStartExampleQuery = { campaigns: { edges: Array<{ node: { name: string, provider: ProviderId, status: CampaignStatus } }> } };

export type CampaignEventsSubscriptionVariables = Exact<{
  since?: string | number | null | undefined;
  filter?: CampaignEventFilter | null | undefined;
}>;


export type CampaignEventsSubscription = { campaignEvents:
    | { __typename: 'CampaignEvent', id: string, type: CampaignEventType, campaignId: string, previousStatus: CampaignStatus | null, status: CampaignStatus, source: EventSource, provider: ProviderId, campaign: { name: string, status: CampaignStatus } | null }
    | { __typename: 'StreamNotice', kind: StreamNoticeKind, lastEventId: string | null }
   };

export type LatestEventIdQueryVariables = Exact<{ [key: string]: never; }>;


export type LatestEventIdQuery = { latestEventId: string | null };

export type SendForEventsMutationVariables = Exact<{
  input: SendCampaignInput;
}>;


export type SendForEventsMutation = { sendCampaign:
    | { __typename: 'IdempotencyConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ProviderBadResponseError' }
    | { __typename: 'ProviderRejectedError' }
    | { __typename: 'ProviderTimeoutError' }
    | { __typename: 'ProviderUnavailableError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'SendCampaignSuccess', campaign: { id: string } }
    | { __typename: 'StateUnavailableError' }
    | { __typename: 'UnsupportedOperationError' }
    | { __typename: 'ValidationError' }
   };

export type CancelForEventsMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelForEventsMutation = { cancelCampaign:
    | { __typename: 'CancelCampaignSuccess' }
    | { __typename: 'IdempotencyConflictError' }
    | { __typename: 'InvalidTransitionError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ProviderBadResponseError' }
    | { __typename: 'ProviderRejectedError' }
    | { __typename: 'ProviderTimeoutError' }
    | { __typename: 'ProviderUnavailableError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'StateUnavailableError' }
    | { __typename: 'UnsupportedOperationError' }
    | { __typename: 'ValidationError' }
   };

export type ScaleEventsSubscriptionVariables = Exact<{
  since?: string | number | null | undefined;
}>;


export type ScaleEventsSubscription = { campaignEvents:
    | { __typename: 'CampaignEvent', id: string, campaignId: string, status: CampaignStatus, source: EventSource }
    | { __typename: 'StreamNotice', kind: StreamNoticeKind, lastEventId: string | null }
   };

export type ScaleHeadQueryVariables = Exact<{ [key: string]: never; }>;


export type ScaleHeadQuery = { latestEventId: string | null };

export type IdempotentSendMutationVariables = Exact<{
  input: SendCampaignInput;
  key?: string | null | undefined;
}>;


export type IdempotentSendMutation = { sendCampaign:
    | { __typename: 'IdempotencyConflictError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderBadResponseError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderTimeoutError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'SendCampaignSuccess', campaign: { id: string, status: CampaignStatus } }
    | { __typename: 'StateUnavailableError', code: string, message: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };


export const DashboardOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DashboardOverviewQuery, DashboardOverviewQueryVariables>;
export const BsgCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BsgCampaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BsgCampaignDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sender"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"missingProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BsgCampaignsQuery, BsgCampaignsQueryVariables>;
export const CampaignByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignByIdQuery, CampaignByIdQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const ProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const SendSmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendSms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendCampaignSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SendSmsMutation, SendSmsMutationVariables>;
export const EstimatePriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EstimatePrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstimateCampaignPriceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimateCampaignPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EstimateCampaignPriceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EstimatePriceMutation, EstimatePriceMutationVariables>;
export const CancelCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelCampaignSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"allowedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"providerReason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelCampaignMutation, CancelCampaignMutationVariables>;
export const PauseCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PauseCampaignMutation, PauseCampaignMutationVariables>;
export const WatchSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WatchSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<WatchSourcesSubscription, WatchSourcesSubscriptionVariables>;
export const EventHeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestEventId"}}]}}]} as unknown as DocumentNode<EventHeadQuery, EventHeadQueryVariables>;
export const FederatedPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FederatedPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FederatedPageQuery, FederatedPageQueryVariables>;
export const QuickStartExampleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuickStartExample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuickStartExampleQuery, QuickStartExampleQueryVariables>;
export const CampaignEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CampaignEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignEventsSubscription, CampaignEventsSubscriptionVariables>;
export const LatestEventIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestEventId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestEventId"}}]}}]} as unknown as DocumentNode<LatestEventIdQuery, LatestEventIdQueryVariables>;
export const SendForEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendForEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendCampaignSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SendForEventsMutation, SendForEventsMutationVariables>;
export const CancelForEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelForEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CancelForEventsMutation, CancelForEventsMutationVariables>;
export const ScaleEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ScaleEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventId"}}]}}]}}]}}]} as unknown as DocumentNode<ScaleEventsSubscription, ScaleEventsSubscriptionVariables>;
export const ScaleHeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScaleHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestEventId"}}]}}]} as unknown as DocumentNode<ScaleHeadQuery, ScaleHeadQueryVariables>;
export const IdempotentSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdempotentSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendCampaignInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendCampaignSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IdempotentSendMutation, IdempotentSendMutationVariables>;