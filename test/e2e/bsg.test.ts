import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { BsgCampaignsQuery } from '../generated/graphql.js';
import { execute, type GraphQLResponse } from '../support/graphql-client.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const Campaigns = graphql(`
  query BsgCampaigns($first: Int, $after: String, $filter: CampaignFilter) {
    campaigns(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          provider
          providerStatus
          status
          channels
          availableActions
          details {
            __typename
            ... on BsgCampaignDetails {
              sender
              messageType
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
        missingProviders {
          provider
          account
        }
      }
    }
  }
`);

const CampaignById = graphql(`
  query CampaignById($id: ID!) {
    campaign(id: $id) {
      __typename
      ... on Campaign {
        id
        name
        status
        deliveryStats {
          sent
          delivered
          cost {
            amount
            currency
          }
        }
      }
      ... on NotFoundError {
        message
        id
      }
    }
  }
`);

const NodeById = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      id
      ... on Campaign {
        name
      }
    }
  }
`);

const Providers = graphql(`
  query Providers {
    providers {
      id
      name
      account
      capabilities
    }
  }
`);

const SendSms = graphql(`
  mutation SendSms($input: SendCampaignInput!) {
    sendCampaign(input: $input) {
      __typename
      ... on SendCampaignSuccess {
        campaign {
          id
          status
          providerStatus
          channels
        }
      }
      ... on ValidationError {
        fields {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const Estimate = graphql(`
  mutation EstimatePrice($input: EstimateCampaignPriceInput!) {
    estimateCampaignPrice(input: $input) {
      __typename
      ... on EstimateCampaignPriceSuccess {
        price {
          amount
          currency
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const Cancel = graphql(`
  mutation CancelCampaign($id: ID!) {
    cancelCampaign(id: $id) {
      __typename
      ... on CancelCampaignSuccess {
        campaign {
          id
          status
          availableActions
        }
      }
      ... on InvalidTransitionError {
        currentStatus
        allowedFrom
        providerReason
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const Pause = graphql(`
  mutation PauseCampaign($id: ID!) {
    pauseCampaign(id: $id) {
      __typename
      ... on UnsupportedOperationError {
        provider
        operation
        message
      }
    }
  }
`);

describe('gateway end to end with BSG', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({ seedCampaigns: 40 });
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('refuses a request without an API key with 401 before any resolver runs', async () => {
    const response = await execute(gw.url, Providers, {});
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const wrong = await execute(gw.url, Providers, {}, { apiKey: 'not-a-key' });
    expect(wrong.status).toBe(401);
    expect(gw.upstreamCalls).toHaveLength(0);
  });

  it('lists the tenant’s provider accounts and their capabilities', async () => {
    const { data } = await execute(gw.url, Providers, {}, { apiKey: gw.apiKey });
    expect(data?.providers.find((provider) => provider.id === 'BSG')).toEqual({
      id: 'BSG',
      name: 'BSG',
      account: 'bsg-demo',
      capabilities: ['SEND', 'CANCEL', 'ESTIMATE_PRICE', 'DELIVERY_STATS'],
    });
    expect(data?.providers.map((provider) => provider.id)).toContain('SESSIONM');
  });

  it('pages through every BSG campaign, newest first, with no duplicates or gaps', async () => {
    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response: GraphQLResponse<BsgCampaignsQuery> = await execute(
        gw.url,
        Campaigns,
        { first: 9, after, filter: { providers: ['BSG'] } },
        { apiKey: gw.apiKey },
      );
      expect(response.errors).toBeUndefined();
      const connection = response.data?.campaigns;
      names.push(...(connection?.edges.map((edge) => edge.node.name) ?? []));
      expect(connection?.totalCount).toBe(gw.sandboxes.bsg.campaignIds().length);
      pages += 1;
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor ?? null;
    }
    const expected = gw.sandboxes.bsg
      .campaignIds()
      .map((id) => gw.sandboxes.bsg.campaign(id))
      .sort((a, b) => (b?.created_at ?? '').localeCompare(a?.created_at ?? '') || (b?.id ?? 0) - (a?.id ?? 0))
      .map((c) => c?.name);
    expect(names).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 9));
  });

  it('filters by status and channel and shows BSG details and available actions', async () => {
    const { data } = await execute(
      gw.url,
      Campaigns,
      { first: 50, filter: { providers: ['BSG'], statuses: ['SCHEDULED'], channels: ['VIBER'] } },
      { apiKey: gw.apiKey },
    );
    const nodes = data?.campaigns.edges.map((edge) => edge.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node).toMatchObject({
        status: 'SCHEDULED',
        channels: ['VIBER'],
        availableActions: ['CANCEL'],
        provider: 'BSG',
      });
      expect(node.details).toMatchObject({ __typename: 'BsgCampaignDetails', messageType: 'viber' });
    }
  });

  it('resolves a campaign by id and by node id, with delivery statistics', async () => {
    const first = await execute(
      gw.url,
      Campaigns,
      { first: 1, filter: { providers: ['BSG'], statuses: ['COMPLETED'] } },
      { apiKey: gw.apiKey },
    );
    const node = first.data?.campaigns.edges[0]?.node;
    const byId = await execute(gw.url, CampaignById, { id: node?.id ?? '' }, { apiKey: gw.apiKey });
    expect(byId.data?.campaign).toMatchObject({ __typename: 'Campaign', id: node?.id, name: node?.name });
    const campaign = byId.data?.campaign;
    if (campaign?.__typename !== 'Campaign') throw new Error('expected a campaign');
    expect(campaign.deliveryStats?.cost?.currency).toBe('EUR');
    const viaNode = await execute(gw.url, NodeById, { id: node?.id ?? '' }, { apiKey: gw.apiKey });
    expect(viaNode.data?.node).toEqual({ id: node?.id, name: node?.name });
  });

  it('answers a typed not-found result for unknown or malformed campaign ids', async () => {
    const unknownId = Buffer.from('Campaign:bsg:bsg-demo:1').toString('base64');
    const unknown = await execute(gw.url, CampaignById, { id: unknownId }, { apiKey: gw.apiKey });
    expect(unknown.data?.campaign).toMatchObject({ __typename: 'NotFoundError', id: unknownId });
    const otherAccount = Buffer.from('Campaign:bsg:someone-else:53651991').toString('base64');
    const foreign = await execute(gw.url, CampaignById, { id: otherAccount }, { apiKey: gw.apiKey });
    expect(foreign.data?.campaign).toMatchObject({ __typename: 'NotFoundError' });
    const garbage = await execute(gw.url, CampaignById, { id: '!!!' }, { apiKey: gw.apiKey });
    expect(garbage.data?.campaign).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('estimates a price, sends an SMS campaign and cancels it; a second cancel is an invalid transition', async () => {
    const estimate = await execute(
      gw.url,
      Estimate,
      { input: { sender: 'ShopLine', text: 'Hello', phones: ['380501112233', '380501112234'] } },
      { apiKey: gw.apiKey },
    );
    expect(estimate.data?.estimateCampaignPrice).toEqual({
      __typename: 'EstimateCampaignPriceSuccess',
      price: { amount: '0.0528', currency: 'EUR' },
    });

    const sent = await execute(
      gw.url,
      SendSms,
      { input: { channel: 'SMS', sender: 'ShopLine', text: 'Gateway e2e', phones: ['380501112233'] } },
      { apiKey: gw.apiKey },
    );
    const result = sent.data?.sendCampaign;
    if (result?.__typename !== 'SendCampaignSuccess') throw new Error(`send failed: ${JSON.stringify(result)}`);
    expect(result.campaign).toMatchObject({ status: 'PENDING', providerStatus: 'creation', channels: ['SMS'] });

    gw.sandboxes.bsg.clock.advance(1_000);
    const cancelled = await execute(gw.url, Cancel, { id: result.campaign.id }, { apiKey: gw.apiKey });
    expect(cancelled.data?.cancelCampaign).toMatchObject({
      __typename: 'CancelCampaignSuccess',
      campaign: { status: 'CANCELLED', availableActions: [] },
    });
    const providerId = Number(Buffer.from(result.campaign.id, 'base64').toString().split(':').at(-1));
    expect(gw.sandboxes.bsg.campaign(providerId)?.status).toBe('stopped');

    gw.sandboxes.bsg.calls.clear();
    const again = await execute(gw.url, Cancel, { id: result.campaign.id }, { apiKey: gw.apiKey });
    expect(again.data?.cancelCampaign).toMatchObject({
      __typename: 'InvalidTransitionError',
      currentStatus: 'CANCELLED',
      allowedFrom: ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'RUNNING', 'PAUSED'],
    });
    expect(gw.sandboxes.bsg.calls.count('campaigns.stop')).toBe(0);
  });

  it('refuses an operation BSG has no API for without calling BSG', async () => {
    const first = await execute(gw.url, Campaigns, { first: 1, filter: { providers: ['BSG'] } }, { apiKey: gw.apiKey });
    gw.sandboxes.bsg.calls.clear();
    const paused = await execute(
      gw.url,
      Pause,
      { id: first.data?.campaigns.edges[0]?.node.id ?? '' },
      { apiKey: gw.apiKey },
    );
    expect(paused.data?.pauseCampaign).toMatchObject({
      __typename: 'UnsupportedOperationError',
      provider: 'BSG',
      operation: 'PAUSE',
    });
    expect(gw.sandboxes.bsg.calls.count()).toBe(0);
  });

  it('rejects invalid send input with field paths and calls nobody', async () => {
    gw.sandboxes.bsg.calls.clear();
    const sent = await execute(
      gw.url,
      SendSms,
      { input: { channel: 'WHATSAPP', sender: 'ShopLine', text: '', phones: ['12'] } },
      { apiKey: gw.apiKey },
    );
    expect(sent.data?.sendCampaign).toMatchObject({
      __typename: 'ValidationError',
      fields: expect.arrayContaining([
        { path: ['input', 'phones', '0'], message: 'must be 9 to 15 digits' },
        { path: ['input', 'whatsappTemplate'], message: 'is required for WHATSAPP' },
      ]),
    });
    expect(gw.sandboxes.bsg.calls.count()).toBe(0);
  });

  it('returns an error naming BSG when it fails, with the page marked incomplete', async () => {
    gw.sandboxes.bsg.faults.add({ kind: 'status-503', route: 'campaigns.list' });
    const response = await execute(
      gw.url,
      Campaigns,
      { first: 5, filter: { providers: ['BSG'] } },
      { apiKey: gw.apiKey },
    );
    gw.sandboxes.bsg.faults.clear();
    expect(response.data?.campaigns.edges).toEqual([]);
    expect(response.data?.campaigns.pageInfo.missingProviders).toEqual([{ provider: 'BSG', account: 'bsg-demo' }]);
    expect(response.errors?.[0]).toMatchObject({
      path: ['campaigns'],
      extensions: { code: 'PROVIDER_UNAVAILABLE', provider: 'bsg', account: 'bsg-demo' },
    });
  });
});
