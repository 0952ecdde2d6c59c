/** What one row shows; the same selection everywhere a campaign comes back. */
const CAMPAIGN_FIELDS = `
  id name provider providerName account status providerStatus channels availableActions updatedAt
  schedule { startsAt endsAt scheduledAt cron }
  stats { recipients sent delivered failed opened clicked cost { amount currency } }
`;

/** A lifecycle action (the schema's CampaignAction). */
export type Action = 'START' | 'PAUSE' | 'RESUME' | 'CANCEL' | 'SCHEDULE';

/** A campaign as the dashboard reads it. */
export interface Campaign {
  id: string;
  name: string;
  provider: string;
  providerName: string;
  account: string;
  status: string;
  providerStatus: string;
  channels: string[];
  availableActions: Action[];
  updatedAt: string | null;
  schedule: { startsAt: string | null; endsAt: string | null; scheduledAt: string | null; cron: string | null };
  stats: {
    recipients: number | null;
    sent: number | null;
    delivered: number | null;
    failed: number | null;
    opened: number | null;
    clicked: number | null;
    cost: { amount: string; currency: string } | null;
  } | null;
}

/** The campaigns filter the page sends (a subset of the schema's CampaignFilter). */
export interface CampaignFilter {
  providers?: string[];
  statuses?: string[];
  channels?: string[];
  search?: string;
}

/** One page of the federated campaigns connection. */
export interface CampaignPage {
  totalCount: number | null;
  edges: { node: Campaign }[];
  pageInfo: {
    hasNextPage: boolean;
    endCursor: string | null;
    missingProviders: { provider: string; account: string }[];
  };
}

/** First screen: the providers for the filter, the event head to subscribe from, and the first page. */
export const BOOT = `query DashboardBoot($first: Int!, $filter: CampaignFilter) {
  providers { id name account }
  latestEventId
  campaigns(first: $first, filter: $filter) { ...Page }
}
fragment Page on QueryCampaignsConnection {
  totalCount
  edges { node { ${CAMPAIGN_FIELDS} } }
  pageInfo { hasNextPage endCursor missingProviders { provider account } }
}`;

/** The answer to BOOT. */
export interface BootData {
  providers: { id: string; name: string; account: string }[];
  latestEventId: string | null;
  campaigns: CampaignPage;
}

/** A later page (infinite scroll) or a first page after the filters changed. */
export const PAGE = `query DashboardPage($first: Int!, $after: String, $filter: CampaignFilter) {
  campaigns(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { node { ${CAMPAIGN_FIELDS} } }
    pageInfo { hasNextPage endCursor missingProviders { provider account } }
  }
}`;

/** The answer to PAGE. */
export interface PageData {
  campaigns: CampaignPage;
}

/** Every campaign status change of the tenant, resumed after `since`. */
export const EVENTS = `subscription DashboardEvents($since: ID) {
  campaignEvents(since: $since) {
    __typename
    ... on CampaignEvent { id type campaignId provider status previousStatus campaign { ${CAMPAIGN_FIELDS} } }
    ... on StreamNotice { kind lastEventId message }
  }
}`;

/** One message of the event stream: a change, or a notice that ends the stream. */
export type EventMessage =
  | {
      __typename: 'CampaignEvent';
      id: string;
      type: string;
      campaignId: string;
      provider: string;
      status: string;
      previousStatus: string | null;
      campaign: Campaign | null;
    }
  | { __typename: 'StreamNotice'; kind: string; lastEventId: string | null; message: string };

const MUTATIONS: Partial<Record<Action, { field: string; success: string }>> = {
  START: { field: 'startCampaign', success: 'StartCampaignSuccess' },
  PAUSE: { field: 'pauseCampaign', success: 'PauseCampaignSuccess' },
  RESUME: { field: 'resumeCampaign', success: 'ResumeCampaignSuccess' },
  CANCEL: { field: 'cancelCampaign', success: 'CancelCampaignSuccess' },
};

/** The actions the page offers buttons for (scheduling needs a date, so GraphiQL does that). */
export const BUTTON_ACTIONS: readonly Action[] = ['START', 'PAUSE', 'RESUME', 'CANCEL'];

/** A lifecycle mutation's typed result: the campaign, or an expected failure with its facts. */
export interface ActionResult {
  __typename: string;
  campaign?: Campaign;
  code?: string;
  message?: string;
  provider?: string;
  currentStatus?: string;
  allowedFrom?: string[];
  providerReason?: string | null;
  retryAfter?: number | null;
  reason?: string;
  fields?: { path: string[]; message: string }[];
}

/** The mutation document for one action, and the field its result comes back under. */
export function actionMutation(action: Action): { query: string; field: string } | undefined {
  const m = MUTATIONS[action];
  if (!m) return undefined;
  const query = `mutation DashboardAction($id: ID!, $key: String) {
  ${m.field}(id: $id, idempotencyKey: $key) {
    __typename
    ... on ${m.success} { campaign { ${CAMPAIGN_FIELDS} } }
    ... on Error { code message }
    ... on InvalidTransitionError { currentStatus allowedFrom providerReason }
    ... on UnsupportedOperationError { provider }
    ... on RateLimitedError { provider retryAfter }
    ... on ProviderUnavailableError { provider }
    ... on ProviderTimeoutError { provider }
    ... on ProviderBadResponseError { provider }
    ... on ProviderRejectedError { provider reason }
    ... on ValidationError { fields { path message } }
  }
}`;
  return { query, field: m.field };
}
