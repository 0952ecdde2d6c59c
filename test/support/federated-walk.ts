import { expect } from 'vitest';
import type { CampaignFilter, CampaignOrderField, FederatedPageQuery, OrderDirection } from '../generated/graphql.js';
import { graphql } from '../generated/gql.js';
import type { Sandboxes } from '../../sandbox/index.js';
import { execute, type GraphQLResponse } from './graphql-client.js';

const Page = graphql(`
  query FederatedPage(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $orderBy: CampaignOrder
    $filter: CampaignFilter
  ) {
    campaigns(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          status
          createdAt
          updatedAt
          schedule {
            startsAt
          }
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
        missingProviders {
          provider
          account
        }
      }
    }
  }
`);

export type Connection = NonNullable<FederatedPageQuery['campaigns']>;
type Row = Connection['edges'][number]['node'];
export type Order = { field: CampaignOrderField; direction: OrderDirection };

/** Generated campaigns per provider (1,000 in all), on top of each simulator's named demo campaigns. */
export const SEEDED_PER_PROVIDER = 250;

/** Every ordering the connection offers. */
export const ORDERS: Order[] = (['CREATED_AT', 'UPDATED_AT', 'NAME', 'STARTS_AT'] as const).flatMap((field) =>
  (['DESC', 'ASC'] as const).map((direction) => ({ field, direction })),
);

/** `provider:account:providerId` of a global campaign id. */
export function localId(id: string): string {
  return Buffer.from(id, 'base64').toString('utf8').slice('Campaign:'.length);
}

/** The documented order, written independently: key (missing last), then the id's local part. */
export function expectedOrder(rows: readonly Row[], { field, direction }: Order): string[] {
  const key = (row: Row): string | number | null => {
    if (field === 'NAME') return row.name.toLowerCase();
    if (field === 'STARTS_AT') return row.schedule.startsAt ? Date.parse(row.schedule.startsAt) : null;
    if (field === 'UPDATED_AT') return Date.parse(row.updatedAt ?? row.createdAt);
    return Date.parse(row.createdAt);
  };
  const sign = direction === 'ASC' ? 1 : -1;
  return [...rows]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka !== kb) {
        if (ka === null) return 1;
        if (kb === null) return -1;
        return ka < kb ? -sign : sign;
      }
      return localId(a.id) < localId(b.id) ? -1 : localId(a.id) > localId(b.id) ? 1 : 0;
    })
    .map((row) => row.id);
}

/** Every campaign the simulators hold that their list endpoints show, as `provider:providerId`. */
export function storedCampaigns({ bsg, konigle, peach, sessionm }: Sandboxes): Set<string> {
  const active = [...sessionm.store.campaigns.entries()].filter(([, campaign]) => campaign.status !== 'completed');
  return new Set([
    ...bsg.campaignIds().map((id) => `bsg:${id}`),
    ...konigle.campaignIds().map((id) => `konigle:${id}`),
    ...peach.campaignIds().map((id) => `peach:${id}`),
    ...active.map(([id]) => `sessionm:${id}`),
  ]);
}

/** `provider:providerId` of a global campaign id, comparable with `storedCampaigns`. */
export function storedKey(id: string): string {
  const [provider, , providerId] = localId(id).split(':');
  return `${provider}:${decodeURIComponent(providerId ?? '')}`;
}

/** Pages through the federated connection of one gateway, checking `pageInfo` on every page. */
export function federatedWalker(url: string, apiKey: string) {
  /** One page as the wire answered it, errors included. */
  function answer(
    variables: { orderBy: Order } & Record<string, unknown>,
  ): Promise<GraphQLResponse<FederatedPageQuery>> {
    return execute(url, Page, variables, { apiKey });
  }

  /** One complete page (no errors). */
  async function page(variables: { orderBy: Order } & Record<string, unknown>): Promise<Connection> {
    const response = await answer(variables);
    expect(response.errors).toBeUndefined();
    const connection = response.data?.campaigns;
    if (!connection) throw new Error('no connection in the answer');
    return connection;
  }

  /** Forward from the start (at most `maxPages`): every page but the last is full; `hasNextPage` is false only on the last. */
  async function forward(first: number, orderBy: Order, filter?: CampaignFilter, maxPages = Infinity) {
    const rows: Row[] = [];
    let after: string | null = null;
    let total: number | null | undefined;
    for (let count = 1; ; count += 1) {
      const connection = await page({ first, after, orderBy, filter });
      total ??= connection.totalCount;
      rows.push(...connection.edges.map((edge) => edge.node));
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!connection.pageInfo.hasNextPage || count === maxPages) break;
      expect(connection.edges).toHaveLength(first);
      after = connection.pageInfo.endCursor ?? null;
    }
    return { ids: rows.map((row) => row.id), rows, total };
  }

  /** Backward from the end (at most `maxPages`): every page but the first is full; `hasPreviousPage` false only on the first. */
  async function backward(last: number, orderBy: Order, filter?: CampaignFilter, maxPages = Infinity) {
    const pages: string[][] = [];
    let before: string | null = null;
    for (let count = 1; ; count += 1) {
      const connection = await page({ last, before, orderBy, filter });
      pages.unshift(connection.edges.map((edge) => edge.node.id));
      expect(connection.pageInfo.hasNextPage).toBe(before !== null);
      if (!connection.pageInfo.hasPreviousPage || count === maxPages) break;
      expect(connection.edges).toHaveLength(last);
      before = connection.pageInfo.startCursor ?? null;
    }
    return pages.flat();
  }

  return { answer, page, forward, backward };
}
