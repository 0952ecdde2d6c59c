import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { execute } from '../support/graphql-client.js';
import { subscribeWs } from '../support/subscriptions.js';

const TenantCampaigns = graphql(`
  query TenantCampaigns {
    campaigns(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          provider
          account
          availableActions
        }
      }
    }
  }
`);

const TenantContacts = graphql(`
  query TenantContacts {
    contacts(first: 50) {
      edges {
        node {
          id
          email
        }
      }
    }
  }
`);

const TenantCampaign = graphql(`
  query TenantCampaign($id: ID!) {
    campaign(id: $id) {
      __typename
      ... on Campaign {
        name
      }
      ... on NotFoundError {
        id
      }
    }
  }
`);

const TenantContact = graphql(`
  query TenantContact($id: ID!) {
    contact(id: $id) {
      __typename
    }
  }
`);

const TenantNodes = graphql(`
  query TenantNodes($id: ID!, $ids: [ID!]!) {
    node(id: $id) {
      id
    }
    nodes(ids: $ids) {
      id
    }
  }
`);

const TenantCancel = graphql(`
  mutation TenantCancel($id: ID!, $key: String) {
    cancelCampaign(id: $id, idempotencyKey: $key) {
      __typename
      ... on CancelCampaignSuccess {
        campaign {
          id
          status
        }
      }
      ... on NotFoundError {
        id
      }
    }
  }
`);

const TenantUpdateContact = graphql(`
  mutation TenantUpdateContact($id: ID!) {
    updateContact(id: $id, input: { firstName: "Mallory" }) {
      __typename
    }
  }
`);

const TenantSend = graphql(`
  mutation TenantSend($input: SendCampaignInput!, $key: String) {
    sendCampaign(input: $input, idempotencyKey: $key) {
      __typename
      ... on SendCampaignSuccess {
        campaign {
          id
          account
        }
      }
    }
  }
`);

const TenantEvents = graphql(`
  subscription TenantEvents($since: ID) {
    campaignEvents(since: $since) {
      __typename
      ... on CampaignEvent {
        campaignId
      }
    }
  }
`);

const TenantHead = graphql(`
  query TenantHead {
    latestEventId
  }
`);

type CampaignRow = { id: string; name: string; provider: string; account: string; availableActions: string[] };

describe('tenant isolation', () => {
  let gw: TestGateway;
  let keyB: string;
  let campaignsA: CampaignRow[];
  let campaignsB: CampaignRow[];

  const listCampaigns = async (apiKey: string) =>
    (await execute(gw.url, TenantCampaigns, {}, { apiKey })).data?.campaigns.edges.map((edge) => edge.node) ?? [];

  /** Every provider call a tenant's simulators served so far. */
  const simulatorCalls = (tenant: 'A' | 'B') => {
    const sandboxes = tenant === 'A' ? gw.sandboxes : gw.tenantB?.sandboxes;
    return sandboxes?.list().reduce((sum, sandbox) => sum + sandbox.calls.list().length, 0) ?? 0;
  };

  beforeAll(async () => {
    gw = await startTestGateway({ seedCampaigns: 2, tenantB: { seedCampaigns: 5 } });
    keyB = gw.tenantB?.apiKey ?? '';
    campaignsA = await listCampaigns(gw.apiKey);
    campaignsB = await listCampaigns(keyB);
  });
  afterAll(() => gw.stop());

  it('each tenant lists only its own simulators’ campaigns, through its own accounts', () => {
    expect(campaignsA.length).toBeGreaterThan(0);
    expect(campaignsB.length).toBeGreaterThan(campaignsA.length);
    const idsA = new Set(campaignsA.map((campaign) => campaign.id));
    expect(campaignsB.filter((campaign) => idsA.has(campaign.id))).toEqual([]);
    expect(new Set(campaignsA.map((campaign) => campaign.account))).toEqual(
      new Set(['bsg-demo', 'sessionm-demo', 'konigle-demo', 'peach-demo']),
    );
    expect(new Set(campaignsB.map((campaign) => campaign.account))).toEqual(
      new Set(['bsg-b', 'sessionm-b', 'konigle-b', 'peach-b']),
    );
  });

  it('another tenant’s campaign id is not found through campaign(id), node(id) and nodes(ids)', async () => {
    for (const campaign of campaignsA) {
      const single = await execute(gw.url, TenantCampaign, { id: campaign.id }, { apiKey: keyB });
      expect(single.data?.campaign).toEqual({ __typename: 'NotFoundError', id: campaign.id });
    }
    const ids = campaignsA.map((campaign) => campaign.id);
    const nodes = await execute(gw.url, TenantNodes, { id: ids[0] ?? '', ids }, { apiKey: keyB });
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data).toEqual({ node: null, nodes: ids.map(() => null) });
  });

  it('another tenant’s contact id is not found, for reads and for updates', async () => {
    const contactsA = (await execute(gw.url, TenantContacts, {}, { apiKey: gw.apiKey })).data?.contacts.edges ?? [];
    const contactsB = (await execute(gw.url, TenantContacts, {}, { apiKey: keyB })).data?.contacts.edges ?? [];
    expect(contactsA.length).toBeGreaterThan(0);
    const idsB = new Set(contactsB.map((edge) => edge.node.id));
    for (const { node } of contactsA) {
      expect(idsB.has(node.id)).toBe(false);
      const read = await execute(gw.url, TenantContact, { id: node.id }, { apiKey: keyB });
      expect(read.data?.contact.__typename).toBe('NotFoundError');
      const update = await execute(gw.url, TenantUpdateContact, { id: node.id }, { apiKey: keyB });
      expect(update.data?.updateContact.__typename).toBe('NotFoundError');
    }
  });

  it('a mutation on another tenant’s campaign answers NotFoundError and reaches no simulator of that tenant', async () => {
    const callsA = simulatorCalls('A');
    for (const campaign of campaignsA) {
      const result = await execute(gw.url, TenantCancel, { id: campaign.id }, { apiKey: keyB });
      expect(result.data?.cancelCampaign.__typename).toBe('NotFoundError');
    }
    expect(simulatorCalls('A')).toBe(callsA);
    const after = await listCampaigns(gw.apiKey);
    expect(after.map((campaign) => campaign.name)).toEqual(campaignsA.map((campaign) => campaign.name));
  });

  it('idempotency keys are per tenant: the same key sends once for each tenant, each to its own provider', async () => {
    const input = { channel: 'SMS' as const, sender: 'ShopLine', text: 'Same key', phones: ['380501112233'] };
    const sentA = await execute(gw.url, TenantSend, { input, key: 'shared-key-1' }, { apiKey: gw.apiKey });
    const sentB = await execute(gw.url, TenantSend, { input, key: 'shared-key-1' }, { apiKey: keyB });
    expect(sentA.data?.sendCampaign.__typename).toBe('SendCampaignSuccess');
    expect(sentB.data?.sendCampaign.__typename).toBe('SendCampaignSuccess');
    if (sentA.data?.sendCampaign.__typename !== 'SendCampaignSuccess') return;
    if (sentB.data?.sendCampaign.__typename !== 'SendCampaignSuccess') return;
    expect(sentA.data.sendCampaign.campaign.account).toBe('bsg-demo');
    expect(sentB.data.sendCampaign.campaign.account).toBe('bsg-b');
    expect(sentB.data.sendCampaign.campaign.id).not.toBe(sentA.data.sendCampaign.campaign.id);
  });

  it('events are per tenant: a subscriber sees its own tenant’s changes and never the other’s', async () => {
    const head = async (apiKey: string) =>
      (await execute(gw.url, TenantHead, {}, { apiKey })).data?.latestEventId ?? '0';
    const watchA = subscribeWs(gw.url, gw.apiKey, TenantEvents, { since: await head(gw.apiKey) });
    const watchB = subscribeWs(gw.url, keyB, TenantEvents, { since: await head(keyB) });
    const cancellable = (rows: CampaignRow[]) => rows.filter((row) => row.availableActions.includes('CANCEL'));
    const targetA = cancellable(campaignsA)[0];
    const targetB = cancellable(campaignsB)[0];
    expect(targetA && targetB).toBeTruthy();
    await execute(gw.url, TenantCancel, { id: targetA?.id ?? '' }, { apiKey: gw.apiKey });
    const seenA = await watchA.next();
    await execute(gw.url, TenantCancel, { id: targetB?.id ?? '' }, { apiKey: keyB });
    const seenB = await watchB.next();
    await Promise.all([watchA.close(), watchB.close()]);
    expect(seenA.data?.campaignEvents).toEqual({ __typename: 'CampaignEvent', campaignId: targetA?.id });
    expect(seenB.data?.campaignEvents, 'B’s first event is its own, not A’s earlier one').toEqual({
      __typename: 'CampaignEvent',
      campaignId: targetB?.id,
    });
  });
});
