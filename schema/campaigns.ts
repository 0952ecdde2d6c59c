import type { PageInfoShape } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { CAMPAIGN_ORDER_FIELDS, type CampaignFilter } from '../adapters/port.js';
import { ValidationError } from '../src/domain/errors.js';
import type { AccountRef } from '../src/domain/provider.js';
import { builder } from './builder.js';
import { CampaignRef } from './campaign.js';
import { CampaignStatusEnum, ChannelEnum, ProviderIdEnum } from './enums.js';
import { toGraphQLError } from './error-format.js';

const MAX_PAGE = 100;

/** PageInfo of the federated listing also says which provider accounts could not answer. */
interface FederatedPageInfo extends PageInfoShape {
  missingProviders?: AccountRef[];
}

const MissingProviderRef = builder.objectRef<AccountRef>('MissingProvider').implement({
  description: 'A provider account whose campaigns are missing from this page; the errors list says why.',
  fields: (t) => ({
    provider: t.expose('provider', { type: ProviderIdEnum }),
    account: t.exposeString('account'),
  }),
});

builder.objectField(builder.pageInfoRef(), 'missingProviders', (t) =>
  t.field({
    type: [MissingProviderRef],
    description: 'Provider accounts that failed for this page (empty when complete). Retry the same cursor later.',
    resolve: (pageInfo) => (pageInfo as FederatedPageInfo).missingProviders ?? [],
  }),
);

const CampaignFilterInput = builder.inputType('CampaignFilter', {
  description:
    'Filters are pushed to each provider where its API can apply them, and applied by the gateway otherwise.',
  fields: (t) => ({
    providers: t.field({ type: [ProviderIdEnum], required: false }),
    statuses: t.field({ type: [CampaignStatusEnum], required: false }),
    channels: t.field({ type: [ChannelEnum], required: false }),
    search: t.string({ required: false, description: 'Case-insensitive text in the name (1-255 characters).' }),
    createdAfter: t.field({ type: 'DateTime', required: false }),
    createdBefore: t.field({ type: 'DateTime', required: false }),
  }),
});

const CampaignOrderFieldEnum = builder.enumType('CampaignOrderField', { values: CAMPAIGN_ORDER_FIELDS });
const OrderDirectionEnum = builder.enumType('OrderDirection', { values: ['ASC', 'DESC'] as const });

const CampaignOrderInput = builder.inputType('CampaignOrder', {
  description:
    'Sort key and direction; ties are broken by global id. Orders a provider cannot sort by itself are sorted by ' +
    'the gateway after reading that account’s list (up to 10,000 campaigns per account).',
  fields: (t) => ({
    field: t.field({ type: CampaignOrderFieldEnum, required: true, defaultValue: 'CREATED_AT' }),
    direction: t.field({ type: OrderDirectionEnum, required: true, defaultValue: 'DESC' }),
  }),
});

builder.queryField('campaigns', (t) =>
  t.connection(
    {
      authScopes: { scope: 'campaigns:read' },
      complexity: (args) => ({ field: 10, multiplier: args.first ?? args.last ?? 20 }),
      type: CampaignRef,
      description:
        "Every campaign of every provider account of the caller's tenant, merged into one list (newest first by default). " +
        'Page forward with `first`/`after` or backward with `last`/`before`; every cursor works in both directions. ' +
        'A provider that fails leaves its campaigns out of the page, adds an error naming it, and is listed in ' +
        '`pageInfo.missingProviders`.',
      args: {
        filter: t.arg({ type: CampaignFilterInput, required: false }),
        orderBy: t.arg({ type: CampaignOrderInput, required: false }),
      },
      resolve: async (_root, args, context) => {
        const paging = pagingOf(args);
        const filter = args.filter;
        if (filter?.search != null && (filter.search.length < 1 || filter.search.length > 255)) {
          throw new ValidationError([{ path: ['filter', 'search'], message: 'must be 1 to 255 characters' }]);
        }
        const domainFilter: CampaignFilter = {
          ...(filter?.statuses ? { statuses: filter.statuses } : {}),
          ...(filter?.channels ? { channels: filter.channels } : {}),
          ...(filter?.search ? { search: filter.search } : {}),
          ...(filter?.createdAfter ? { createdAfter: filter.createdAfter } : {}),
          ...(filter?.createdBefore ? { createdBefore: filter.createdBefore } : {}),
        };
        const page = await context.gateway.listCampaigns({
          ...paging,
          providers: filter?.providers ?? null,
          filter: domainFilter,
          order: args.orderBy ?? { field: 'CREATED_AT', direction: 'DESC' },
        });
        for (const failure of page.failures) {
          const error = toGraphQLError(failure.error, context.requestId);
          context.partialErrors.push(
            new GraphQLError(error.message, { path: ['campaigns'], extensions: error.extensions }),
          );
        }
        const pageInfo: FederatedPageInfo = {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: page.hasPreviousPage,
          startCursor: page.edges[0]?.cursor ?? args.before ?? null,
          endCursor: page.edges.at(-1)?.cursor ?? args.after ?? null,
          missingProviders: page.failures.map((failure) => failure.source.adapter.account),
        };
        return {
          pageInfo,
          totalCount: page.totalCount,
          edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.campaign })),
        };
      },
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          nullable: true,
          description: 'How many campaigns match, when every provider account can tell; null otherwise.',
          resolve: (connection) => (connection as { totalCount?: number | null }).totalCount ?? null,
        }),
      }),
    },
  ),
);

interface PagingArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Forward (`first`/`after`, the default) or backward (`last`/`before`) paging; mixing the two is refused. */
function pagingOf(args: PagingArgs): { first: number; after: string | null } | { last: number; before: string | null } {
  const backward = args.last != null || args.before != null;
  if (backward && (args.first != null || args.after != null)) {
    const message = 'page forward with first/after or backward with last/before, not both';
    throw new ValidationError([{ path: [args.last != null ? 'last' : 'before'], message }]);
  }
  const [name, size] = backward ? ['last', args.last ?? 20] : ['first', args.first ?? 20];
  if (size < 1 || size > MAX_PAGE) {
    throw new ValidationError([{ path: [name], message: `must be between 1 and ${MAX_PAGE}` }]);
  }
  return backward ? { last: size, before: args.before ?? null } : { first: size, after: args.after ?? null };
}
