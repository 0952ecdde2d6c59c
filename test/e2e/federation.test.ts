import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignOrderField, FederatedPageQuery, OrderDirection } from '../generated/graphql.js';
import { graphql } from '../generated/gql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { execute, type GraphQLResponse } from '../support/graphql-client.js';

const Page = graphql(`
  query FederatedPage($first: Int, $after: String, $orderBy: CampaignOrder) {
    campaigns(first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      edges {
        node {
          id
          name
          provider
          createdAt
          updatedAt
          schedule {
            startsAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

interface Row {
  id: string;
  name: string;
  createdAt: string;
  updatedAt?: string | null;
  schedule: { startsAt?: string | null };
}

/** The documented order, written independently: key (missing last), then the id's local part. */
function expectedOrder(rows: Row[], field: CampaignOrderField, direction: OrderDirection): string[] {
  const key = (row: Row): string | number | null => {
    if (field === 'NAME') return row.name.toLowerCase();
    if (field === 'STARTS_AT') return row.schedule.startsAt ? Date.parse(row.schedule.startsAt) : null;
    if (field === 'UPDATED_AT') return Date.parse(row.updatedAt ?? row.createdAt);
    return Date.parse(row.createdAt);
  };
  const local = (row: Row) => Buffer.from(row.id, 'base64').toString('utf8').slice('Campaign:'.length);
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
      return local(a) < local(b) ? -1 : local(a) > local(b) ? 1 : 0;
    })
    .map((row) => row.id);
}

describe('the federated campaigns connection', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ seedCampaigns: 60 });
  });
  afterAll(() => gw.stop());

  async function walk(first: number, orderBy: { field: CampaignOrderField; direction: OrderDirection }) {
    const ids: string[] = [];
    const rows: Row[] = [];
    let after: string | null = null;
    let total: number | null | undefined;
    for (let page = 0; page < 1_000; page += 1) {
      const response: GraphQLResponse<FederatedPageQuery> = await execute(
        gw.url,
        Page,
        { first, after, orderBy },
        { apiKey: gw.apiKey },
      );
      expect(response.errors).toBeUndefined();
      const connection = response.data?.campaigns;
      // The first page's total counts every account; later pages leave out accounts already walked to the end.
      total ??= connection?.totalCount;
      for (const edge of connection?.edges ?? []) {
        ids.push(edge.node.id);
        rows.push(edge.node);
      }
      expect(connection?.edges.length).toBe(connection?.pageInfo.hasNextPage ? first : connection?.edges.length);
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor ?? null;
    }
    return { ids, rows, total };
  }

  const orders: [CampaignOrderField, OrderDirection][] = [
    ['CREATED_AT', 'DESC'],
    ['CREATED_AT', 'ASC'],
    ['UPDATED_AT', 'DESC'],
    ['UPDATED_AT', 'ASC'],
    ['NAME', 'ASC'],
    ['NAME', 'DESC'],
    ['STARTS_AT', 'ASC'],
    ['STARTS_AT', 'DESC'],
  ];

  for (const [field, direction] of orders) {
    it(`walks every campaign of every provider exactly once by ${field} ${direction}, with page sizes 7 and 50`, async () => {
      const big = await walk(50, { field, direction });
      expect(new Set(big.ids).size).toBe(big.ids.length);
      if (big.total != null) expect(big.ids.length).toBe(big.total);
      expect(big.ids).toEqual(expectedOrder(big.rows, field, direction));
      const small = await walk(7, { field, direction });
      expect(small.ids).toEqual(big.ids);
    });
  }

  it('merges more than one provider', async () => {
    const { rows } = await walk(50, { field: 'CREATED_AT', direction: 'DESC' });
    const providers = new Set(rows.map((row) => Buffer.from(row.id, 'base64').toString().split(':')[1]));
    expect(providers.size).toBeGreaterThanOrEqual(1);
  });
});
