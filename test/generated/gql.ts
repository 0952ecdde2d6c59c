/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardOverview {\n    providers {\n      id\n    }\n    campaigns(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.DashboardOverviewDocument,
    "\n  query BsgCampaigns($first: Int, $after: String, $filter: CampaignFilter) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          provider\n          providerStatus\n          status\n          channels\n          availableActions\n          details {\n            __typename\n            ... on BsgCampaignDetails {\n              sender\n              messageType\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n        missingProviders {\n          provider\n          account\n        }\n      }\n    }\n  }\n": typeof types.BsgCampaignsDocument,
    "\n  query CampaignById($id: ID!) {\n    campaign(id: $id) {\n      __typename\n      ... on Campaign {\n        id\n        name\n        status\n        deliveryStats {\n          sent\n          delivered\n          cost {\n            amount\n            currency\n          }\n        }\n      }\n      ... on NotFoundError {\n        message\n        id\n      }\n    }\n  }\n": typeof types.CampaignByIdDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Campaign {\n        name\n      }\n    }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query Providers {\n    providers {\n      id\n      name\n      account\n      capabilities\n    }\n  }\n": typeof types.ProvidersDocument,
    "\n  mutation SendSms($input: SendCampaignInput!) {\n    sendCampaign(input: $input) {\n      __typename\n      ... on SendCampaignSuccess {\n        campaign {\n          id\n          status\n          providerStatus\n          channels\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SendSmsDocument,
    "\n  mutation EstimatePrice($input: EstimateCampaignPriceInput!) {\n    estimateCampaignPrice(input: $input) {\n      __typename\n      ... on EstimateCampaignPriceSuccess {\n        price {\n          amount\n          currency\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EstimatePriceDocument,
    "\n  mutation CancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) {\n      __typename\n      ... on CancelCampaignSuccess {\n        campaign {\n          id\n          status\n          availableActions\n        }\n      }\n      ... on InvalidTransitionError {\n        currentStatus\n        allowedFrom\n        providerReason\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CancelCampaignDocument,
    "\n  mutation PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      __typename\n      ... on UnsupportedOperationError {\n        provider\n        operation\n        message\n      }\n    }\n  }\n": typeof types.PauseCampaignDocument,
    "\n  subscription WatchSources($since: ID) {\n    campaignEvents(since: $since) {\n      __typename\n      ... on CampaignEvent {\n        id\n        campaignId\n        previousStatus\n        status\n        source\n      }\n    }\n  }\n": typeof types.WatchSourcesDocument,
    "\n  query EventHead {\n    latestEventId\n  }\n": typeof types.EventHeadDocument,
    "\n  query FederatedPage($first: Int, $after: String, $orderBy: CampaignOrder) {\n    campaigns(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          provider\n          createdAt\n          updatedAt\n          schedule {\n            startsAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FederatedPageDocument,
    "\n  query QuickStartExample {\n    campaigns(first: 5) {\n      edges {\n        node {\n          name\n          provider\n          status\n        }\n      }\n    }\n  }\n": typeof types.QuickStartExampleDocument,
    "\n  subscription CampaignEvents($since: ID, $filter: CampaignEventFilter) {\n    campaignEvents(since: $since, filter: $filter) {\n      __typename\n      ... on CampaignEvent {\n        id\n        type\n        campaignId\n        previousStatus\n        status\n        source\n        provider\n        campaign {\n          name\n          status\n        }\n      }\n      ... on StreamNotice {\n        kind\n        lastEventId\n      }\n    }\n  }\n": typeof types.CampaignEventsDocument,
    "\n  query LatestEventId {\n    latestEventId\n  }\n": typeof types.LatestEventIdDocument,
    "\n  mutation SendForEvents($input: SendCampaignInput!) {\n    sendCampaign(input: $input) {\n      __typename\n      ... on SendCampaignSuccess {\n        campaign {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SendForEventsDocument,
    "\n  mutation CancelForEvents($id: ID!) {\n    cancelCampaign(id: $id) {\n      __typename\n    }\n  }\n": typeof types.CancelForEventsDocument,
    "\n  subscription ScaleEvents($since: ID) {\n    campaignEvents(since: $since) {\n      __typename\n      ... on CampaignEvent {\n        id\n        campaignId\n        status\n        source\n      }\n      ... on StreamNotice {\n        kind\n        lastEventId\n      }\n    }\n  }\n": typeof types.ScaleEventsDocument,
    "\n  query ScaleHead {\n    latestEventId\n  }\n": typeof types.ScaleHeadDocument,
    "\n  mutation IdempotentSend($input: SendCampaignInput!, $key: String) {\n    sendCampaign(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on SendCampaignSuccess {\n        campaign {\n          id\n          status\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.IdempotentSendDocument,
};
const documents: Documents = {
    "\n  query DashboardOverview {\n    providers {\n      id\n    }\n    campaigns(first: 1) {\n      totalCount\n    }\n  }\n": types.DashboardOverviewDocument,
    "\n  query BsgCampaigns($first: Int, $after: String, $filter: CampaignFilter) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          provider\n          providerStatus\n          status\n          channels\n          availableActions\n          details {\n            __typename\n            ... on BsgCampaignDetails {\n              sender\n              messageType\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n        missingProviders {\n          provider\n          account\n        }\n      }\n    }\n  }\n": types.BsgCampaignsDocument,
    "\n  query CampaignById($id: ID!) {\n    campaign(id: $id) {\n      __typename\n      ... on Campaign {\n        id\n        name\n        status\n        deliveryStats {\n          sent\n          delivered\n          cost {\n            amount\n            currency\n          }\n        }\n      }\n      ... on NotFoundError {\n        message\n        id\n      }\n    }\n  }\n": types.CampaignByIdDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Campaign {\n        name\n      }\n    }\n  }\n": types.NodeByIdDocument,
    "\n  query Providers {\n    providers {\n      id\n      name\n      account\n      capabilities\n    }\n  }\n": types.ProvidersDocument,
    "\n  mutation SendSms($input: SendCampaignInput!) {\n    sendCampaign(input: $input) {\n      __typename\n      ... on SendCampaignSuccess {\n        campaign {\n          id\n          status\n          providerStatus\n          channels\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.SendSmsDocument,
    "\n  mutation EstimatePrice($input: EstimateCampaignPriceInput!) {\n    estimateCampaignPrice(input: $input) {\n      __typename\n      ... on EstimateCampaignPriceSuccess {\n        price {\n          amount\n          currency\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.EstimatePriceDocument,
    "\n  mutation CancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) {\n      __typename\n      ... on CancelCampaignSuccess {\n        campaign {\n          id\n          status\n          availableActions\n        }\n      }\n      ... on InvalidTransitionError {\n        currentStatus\n        allowedFrom\n        providerReason\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.CancelCampaignDocument,
    "\n  mutation PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      __typename\n      ... on UnsupportedOperationError {\n        provider\n        operation\n        message\n      }\n    }\n  }\n": types.PauseCampaignDocument,
    "\n  subscription WatchSources($since: ID) {\n    campaignEvents(since: $since) {\n      __typename\n      ... on CampaignEvent {\n        id\n        campaignId\n        previousStatus\n        status\n        source\n      }\n    }\n  }\n": types.WatchSourcesDocument,
    "\n  query EventHead {\n    latestEventId\n  }\n": types.EventHeadDocument,
    "\n  query FederatedPage($first: Int, $after: String, $orderBy: CampaignOrder) {\n    campaigns(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          provider\n          createdAt\n          updatedAt\n          schedule {\n            startsAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FederatedPageDocument,
    "\n  query QuickStartExample {\n    campaigns(first: 5) {\n      edges {\n        node {\n          name\n          provider\n          status\n        }\n      }\n    }\n  }\n": types.QuickStartExampleDocument,
    "\n  subscription CampaignEvents($since: ID, $filter: CampaignEventFilter) {\n    campaignEvents(since: $since, filter: $filter) {\n      __typename\n      ... on CampaignEvent {\n        id\n        type\n        campaignId\n        previousStatus\n        status\n        source\n        provider\n        campaign {\n          name\n          status\n        }\n      }\n      ... on StreamNotice {\n        kind\n        lastEventId\n      }\n    }\n  }\n": types.CampaignEventsDocument,
    "\n  query LatestEventId {\n    latestEventId\n  }\n": types.LatestEventIdDocument,
    "\n  mutation SendForEvents($input: SendCampaignInput!) {\n    sendCampaign(input: $input) {\n      __typename\n      ... on SendCampaignSuccess {\n        campaign {\n          id\n        }\n      }\n    }\n  }\n": types.SendForEventsDocument,
    "\n  mutation CancelForEvents($id: ID!) {\n    cancelCampaign(id: $id) {\n      __typename\n    }\n  }\n": types.CancelForEventsDocument,
    "\n  subscription ScaleEvents($since: ID) {\n    campaignEvents(since: $since) {\n      __typename\n      ... on CampaignEvent {\n        id\n        campaignId\n        status\n        source\n      }\n      ... on StreamNotice {\n        kind\n        lastEventId\n      }\n    }\n  }\n": types.ScaleEventsDocument,
    "\n  query ScaleHead {\n    latestEventId\n  }\n": types.ScaleHeadDocument,
    "\n  mutation IdempotentSend($input: SendCampaignInput!, $key: String) {\n    sendCampaign(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on SendCampaignSuccess {\n        campaign {\n          id\n          status\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.IdempotentSendDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOverview {\n    providers {\n      id\n    }\n    campaigns(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DashboardOverview {\n    providers {\n      id\n    }\n    campaigns(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BsgCampaigns($first: Int, $after: String, $filter: CampaignFilter) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          provider\n          providerStatus\n          status\n          channels\n          availableActions\n          details {\n            __typename\n            ... on BsgCampaignDetails {\n              sender\n              messageType\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n        missingProviders {\n          provider\n          account\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BsgCampaigns($first: Int, $after: String, $filter: CampaignFilter) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          provider\n          providerStatus\n          status\n          channels\n          availableActions\n          details {\n            __typename\n            ... on BsgCampaignDetails {\n              sender\n              messageType\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n        missingProviders {\n          provider\n          account\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignById($id: ID!) {\n    campaign(id: $id) {\n      __typename\n      ... on Campaign {\n        id\n        name\n        status\n        deliveryStats {\n          sent\n          delivered\n          cost {\n            amount\n            currency\n          }\n        }\n      }\n      ... on NotFoundError {\n        message\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignById($id: ID!) {\n    campaign(id: $id) {\n      __typename\n      ... on Campaign {\n        id\n        name\n        status\n        deliveryStats {\n          sent\n          delivered\n          cost {\n            amount\n            currency\n          }\n        }\n      }\n      ... on NotFoundError {\n        message\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Campaign {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Campaign {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Providers {\n    providers {\n      id\n      name\n      account\n      capabilities\n    }\n  }\n"): (typeof documents)["\n  query Providers {\n    providers {\n      id\n      name\n      account\n      capabilities\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendSms($input: SendCampaignInput!) {\n    sendCampaign(input: $input) {\n      __typename\n      ... on SendCampaignSuccess {\n        campaign {\n          id\n          status\n          providerStatus\n          channels\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendSms($input: SendCampaignInput!) {\n    sendCampaign(input: $input) {\n      __typename\n      ... on SendCampaignSuccess {\n        campaign {\n          id\n          status\n          providerStatus\n          channels\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EstimatePrice($input: EstimateCampaignPriceInput!) {\n    estimateCampaignPrice(input: $input) {\n      __typename\n      ... on EstimateCampaignPriceSuccess {\n        price {\n          amount\n          currency\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EstimatePrice($input: EstimateCampaignPriceInput!) {\n    estimateCampaignPrice(input: $input) {\n      __typename\n      ... on EstimateCampaignPriceSuccess {\n        price {\n          amount\n          currency\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) {\n      __typename\n      ... on CancelCampaignSuccess {\n        campaign {\n          id\n          status\n          availableActions\n        }\n      }\n      ... on InvalidTransitionError {\n        currentStatus\n        allowedFrom\n        providerReason\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) {\n      __typename\n      ... on CancelCampaignSuccess {\n        campaign {\n          id\n          status\n          availableActions\n        }\n      }\n      ... on InvalidTransitionError {\n        currentStatus\n        allowedFrom\n        providerReason\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      __typename\n      ... on UnsupportedOperationError {\n        provider\n        operation\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      __typename\n      ... on UnsupportedOperationError {\n        provider\n        operation\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WatchSources($since: ID) {\n    campaignEvents(since: $since) {\n      __typename\n      ... on CampaignEvent {\n        id\n        campaignId\n        previousStatus\n        status\n        source\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription WatchSources($since: ID) {\n    campaignEvents(since: $since) {\n      __typename\n      ... on CampaignEvent {\n        id\n        campaignId\n        previousStatus\n        status\n        source\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventHead {\n    latestEventId\n  }\n"): (typeof documents)["\n  query EventHead {\n    latestEventId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederatedPage($first: Int, $after: String, $orderBy: CampaignOrder) {\n    campaigns(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          provider\n          createdAt\n          updatedAt\n          schedule {\n            startsAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FederatedPage($first: Int, $after: String, $orderBy: CampaignOrder) {\n    campaigns(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          provider\n          createdAt\n          updatedAt\n          schedule {\n            startsAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuickStartExample {\n    campaigns(first: 5) {\n      edges {\n        node {\n          name\n          provider\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuickStartExample {\n    campaigns(first: 5) {\n      edges {\n        node {\n          name\n          provider\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CampaignEvents($since: ID, $filter: CampaignEventFilter) {\n    campaignEvents(since: $since, filter: $filter) {\n      __typename\n      ... on CampaignEvent {\n        id\n        type\n        campaignId\n        previousStatus\n        status\n        source\n        provider\n        campaign {\n          name\n          status\n        }\n      }\n      ... on StreamNotice {\n        kind\n        lastEventId\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CampaignEvents($since: ID, $filter: CampaignEventFilter) {\n    campaignEvents(since: $since, filter: $filter) {\n      __typename\n      ... on CampaignEvent {\n        id\n        type\n        campaignId\n        previousStatus\n        status\n        source\n        provider\n        campaign {\n          name\n          status\n        }\n      }\n      ... on StreamNotice {\n        kind\n        lastEventId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestEventId {\n    latestEventId\n  }\n"): (typeof documents)["\n  query LatestEventId {\n    latestEventId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendForEvents($input: SendCampaignInput!) {\n    sendCampaign(input: $input) {\n      __typename\n      ... on SendCampaignSuccess {\n        campaign {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendForEvents($input: SendCampaignInput!) {\n    sendCampaign(input: $input) {\n      __typename\n      ... on SendCampaignSuccess {\n        campaign {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelForEvents($id: ID!) {\n    cancelCampaign(id: $id) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation CancelForEvents($id: ID!) {\n    cancelCampaign(id: $id) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ScaleEvents($since: ID) {\n    campaignEvents(since: $since) {\n      __typename\n      ... on CampaignEvent {\n        id\n        campaignId\n        status\n        source\n      }\n      ... on StreamNotice {\n        kind\n        lastEventId\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ScaleEvents($since: ID) {\n    campaignEvents(since: $since) {\n      __typename\n      ... on CampaignEvent {\n        id\n        campaignId\n        status\n        source\n      }\n      ... on StreamNotice {\n        kind\n        lastEventId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScaleHead {\n    latestEventId\n  }\n"): (typeof documents)["\n  query ScaleHead {\n    latestEventId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotentSend($input: SendCampaignInput!, $key: String) {\n    sendCampaign(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on SendCampaignSuccess {\n        campaign {\n          id\n          status\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdempotentSend($input: SendCampaignInput!, $key: String) {\n    sendCampaign(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on SendCampaignSuccess {\n        campaign {\n          id\n          status\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;