import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectedOrder,
  federatedWalker,
  localId,
  ORDERS,
  SEEDED_PER_PROVIDER,
  storedCampaigns,
  storedKey,
  type Order,
} from '../support/federated-walk.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { execute } from '../support/graphql-client.js';
import { graphql } from '../generated/gql.js';
import type { CampaignStatus } from '../generated/graphql.js';

const MixedPaging = graphql(`
  query MixedPaging($first: Int, $last: Int) {
    campaigns(first: $first, last: $last) {
      totalCount
    }
  }
`);

describe('the federated campaigns connection over 1,000 seeded campaigns', () => {
  let gw: TestGateway;
  let walker: ReturnType<typeof federatedWalker>;
  let stored: Set<string>;

  beforeAll(async () => {
    gw = await startTestGateway({ seedCampaigns: SEEDED_PER_PROVIDER });
    walker = federatedWalker(gw.url, gw.apiKey);
    stored = storedCampaigns(gw.sandboxes);
  });
  afterAll(() => gw.stop());

  for (const orderBy of ORDERS) {
    const name = `${orderBy.field} ${orderBy.direction}`;

    it(`walks every stored campaign exactly once by ${name}, in order, with page sizes 50 and 7, both ways`, async () => {
      const full = await walker.forward(50, orderBy);
      expect(full.ids).toHaveLength(stored.size);
      expect(new Set(full.ids.map(storedKey))).toEqual(stored);
      expect(full.total).toBe(stored.size);
      expect(full.ids).toEqual(expectedOrder(full.rows, orderBy));
      expect((await walker.forward(7, orderBy)).ids).toEqual(full.ids);
      expect(await walker.backward(50, orderBy)).toEqual(full.ids);
      expect(await walker.backward(7, orderBy)).toEqual(full.ids);
    }, 120_000);
  }

  it('pages back from any cursor to exactly the campaigns before it, and forward again from those', async () => {
    const orderBy: Order = { field: 'NAME', direction: 'ASC' };
    const all = await walker.page({ first: 100, orderBy });
    const ids = all.edges.map((edge) => edge.node.id);
    for (const index of [1, 13, 50, 99]) {
      const from = Math.max(0, index - 10);
      const back = await walker.page({ last: 10, before: all.edges[index]?.cursor, orderBy });
      expect(back.edges.map((edge) => edge.node.id)).toEqual(ids.slice(from, index));
      expect(back.pageInfo.hasPreviousPage).toBe(from > 0);
      expect(back.pageInfo.hasNextPage).toBe(true);
      const again = await walker.page({ first: 5, after: back.pageInfo.startCursor, orderBy });
      expect(again.edges.map((edge) => edge.node.id)).toEqual(ids.slice(from + 1, from + 6));
    }
  });

  it('pages a filtered listing both ways, filters applied by providers and by the gateway alike', async () => {
    const orderBy: Order = { field: 'CREATED_AT', direction: 'DESC' };
    const all = await walker.forward(50, orderBy);
    const filter = { statuses: ['RUNNING', 'SCHEDULED', 'DRAFT'] as CampaignStatus[], search: 'a' };
    const expected = all.rows
      .filter((row) => filter.statuses.includes(row.status) && row.name.toLowerCase().includes('a'))
      .map((row) => row.id);
    expect(expected.length).toBeGreaterThan(50);
    const forward = await walker.forward(7, orderBy, filter);
    expect(forward.ids).toEqual(expected);
    expect(await walker.backward(7, orderBy, filter)).toEqual(expected);
  }, 60_000);

  it('pages back past a failing provider with every other provider complete, one error and the provider named', async () => {
    const orderBy: Order = { field: 'NAME', direction: 'ASC' };
    const all = await walker.page({ first: 60, orderBy });
    const ids = all.edges.slice(0, 59).map((edge) => edge.node.id);
    const failing = localId(ids[58] ?? '').split(':')[0] as 'bsg' | 'konigle' | 'peach' | 'sessionm';
    const simulator = gw.sandboxes[failing];
    const route = failing === 'sessionm' ? 'campaigns.active' : 'campaigns.list';
    simulator.faults.add({ kind: 'status-500', route });
    const result = await walker
      .answer({ last: 10, before: all.edges[59]?.cursor, orderBy })
      .finally(() => simulator.faults.clear());
    const others = ids.filter((id) => !localId(id).startsWith(`${failing}:`));
    expect(result.data?.campaigns?.edges.map((edge) => edge.node.id)).toEqual(others.slice(-10));
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: failing });
    expect(result.data?.campaigns?.pageInfo.missingProviders).toEqual([
      expect.objectContaining({ provider: failing.toUpperCase() }),
    ]);
  });

  it('merges campaigns of all four providers into one page', async () => {
    const connection = await walker.page({ first: 100, orderBy: { field: 'NAME', direction: 'ASC' } });
    const providers = new Set(connection.edges.map((edge) => localId(edge.node.id).split(':')[0]));
    expect(providers).toEqual(new Set(['bsg', 'konigle', 'peach', 'sessionm']));
  });

  it('refuses to mix forward and backward paging, naming the argument', async () => {
    const response = await execute(gw.url, MixedPaging, { first: 5, last: 5 }, { apiKey: gw.apiKey });
    expect(response.data?.campaigns ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toContain('first/after or backward with last/before, not both');
    expect(response.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(response.errors?.[0]?.path).toEqual(['campaigns']);
  });
});
