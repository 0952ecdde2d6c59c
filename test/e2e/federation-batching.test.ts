import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallRecord } from '../../sandbox/kit/calls.js';
import type { SandboxServer } from '../../sandbox/kit/server.js';
import { DEMO_CAMPAIGN_IDS as SESSIONM_IDS } from '../../sandbox/sessionm/index.js';
import type { NestedCampaignsQuery } from '../generated/graphql.js';
import { graphql } from '../generated/gql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { execute } from '../support/graphql-client.js';

/**
 * Generated campaigns per provider on top of the 30 demo ones: 110 in all, so a page of 100 (newest
 * first) is a real cut that still holds every provider, SessionM campaigns with offers and Peach ones with runs.
 */
const SEED = 20;
const PAGE = 100;
const RUNS_PER_CAMPAIGN = 5;

const NestedCampaigns = graphql(`
  query NestedCampaigns($first: Int!, $runs: Int!) {
    campaigns(first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          provider
          providerId
          name
          status
          behaviors {
            id
            providerId
            name
            goal
          }
          offers {
            id
            providerId
            name
          }
          runs(first: $runs) {
            totalCount
            edges {
              node {
                id
                runId
                status
              }
            }
          }
        }
      }
    }
  }
`);

const CampaignContent = graphql(`
  query CampaignContent($id: ID!) {
    campaign(id: $id) {
      __typename
      ... on Campaign {
        behaviors {
          id
          providerId
          name
          goal
        }
        offers {
          id
          providerId
          name
        }
      }
    }
  }
`);

const SameCampaignTwice = graphql(`
  query SameCampaignTwice($peach: ID!, $sessionm: ID!) {
    first: campaign(id: $peach) {
      __typename
      ... on Campaign {
        id
        name
        runs(first: 5) {
          edges {
            node {
              runId
            }
          }
        }
      }
    }
    again: campaign(id: $peach) {
      __typename
      ... on Campaign {
        id
        name
        runs(first: 5) {
          edges {
            node {
              runId
            }
          }
        }
      }
    }
    node(id: $peach) {
      id
      ... on Campaign {
        name
      }
    }
    nodes(ids: [$peach, $sessionm, $sessionm]) {
      id
      ... on Campaign {
        name
        behaviors {
          id
        }
        offers {
          id
        }
      }
    }
    sessionm: campaign(id: $sessionm) {
      __typename
      ... on Campaign {
        behaviors {
          id
        }
        offers {
          id
        }
      }
    }
  }
`);

const ContactIds = graphql(`
  query ContactIds($first: Int!) {
    contacts(first: $first) {
      edges {
        node {
          id
          email
        }
      }
    }
  }
`);

const MixedNodes = graphql(`
  query MixedNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Campaign {
        provider
        providerId
      }
      ... on Run {
        runId
        status
      }
      ... on Contact {
        email
      }
      ... on Behavior {
        behaviorId: providerId
        name
        campaignId
      }
      ... on Offer {
        providerId
        name
        campaignId
      }
    }
  }
`);

const globalId = (typename: string, localId: string) => Buffer.from(`${typename}:${localId}`).toString('base64');

/** The local part of a Campaign global id (`provider:account:providerId`). */
const decodeCampaign = (id: string) => Buffer.from(id, 'base64').toString('utf8').slice('Campaign:'.length);

type NestedCampaign = NestedCampaignsQuery['campaigns']['edges'][number]['node'];

describe('batching and caching per request', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({ seedCampaigns: SEED });
  });
  afterAll(async () => {
    await gw.stop();
  });

  function sandboxes(): SandboxServer[] {
    return gw.sandboxes.list();
  }

  function clearCalls(): void {
    for (const sandbox of sandboxes()) sandbox.calls.clear();
  }

  /** Calls each simulator received, by route name. */
  function callsByRoute(): Record<string, Record<string, number>> {
    const counts: Record<string, Record<string, number>> = {};
    for (const sandbox of sandboxes()) {
      const routes: Record<string, number> = {};
      for (const call of sandbox.calls.list()) routes[call.route] = (routes[call.route] ?? 0) + 1;
      counts[sandbox.name] = routes;
    }
    return counts;
  }

  /** Routes other than the session login (BSG's token outlives a request; it is not provider data). */
  function dataCalls(sandbox: SandboxServer): readonly CallRecord[] {
    return sandbox.calls.list().filter((call) => call.route !== 'auth.login');
  }

  function expectDistinctPaths(calls: readonly CallRecord[]): void {
    expect(new Set(calls.map((call) => call.path)).size).toBe(calls.length);
  }

  async function nestedPage(): Promise<NestedCampaign[]> {
    const response = await execute(
      gw.url,
      NestedCampaigns,
      { first: PAGE, runs: RUNS_PER_CAMPAIGN },
      { apiKey: gw.apiKey },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.campaigns.totalCount).toBe(4 * SEED + 30);
    expect(response.data?.campaigns.pageInfo.hasNextPage).toBe(true);
    return response.data?.campaigns.edges.map((edge) => edge.node) ?? [];
  }

  it('answers 100 campaigns with behaviors, offers and runs from one listing per account and one read per resource kind', async () => {
    clearCalls();
    const campaigns = await nestedPage();
    const calls = callsByRoute();

    expect(campaigns).toHaveLength(PAGE);
    const of = (provider: string) => campaigns.filter((campaign) => campaign.provider === provider);
    const peach = of('PEACH');
    const sessionm = of('SESSIONM');
    for (const provider of ['BSG', 'SESSIONM', 'KONIGLE', 'PEACH']) expect(of(provider).length).toBeGreaterThan(1);

    // Every account lists once: 100 fits in one provider page.
    expect(gw.sandboxes.bsg.calls.count('campaigns.list')).toBe(1);
    expect(gw.sandboxes.sessionm.calls.count('campaigns.active')).toBe(1);
    expect(gw.sandboxes.konigle.calls.count('campaigns.list')).toBe(1);
    expect(gw.sandboxes.peach.calls.count('campaigns.list')).toBe(1);

    // BSG and Konigle have no behaviors, offers or runs: the listing is all they are asked.
    expect(dataCalls(gw.sandboxes.bsg).map((call) => call.route)).toEqual(['campaigns.list']);
    expect(gw.sandboxes.bsg.calls.count('auth.login')).toBeLessThanOrEqual(1);
    expect(calls['konigle']).toEqual({ 'campaigns.list': 1 });

    // SessionM: behaviors and offers of every campaign on the page come from one read of the reference
    // customer's campaigns; only campaigns no longer active are read one by one, from progress.
    expect(gw.sandboxes.sessionm.calls.count('customer.campaigns.v2')).toBe(1);
    expect(gw.sandboxes.sessionm.calls.count('customer.campaign.v2')).toBe(0);
    const store = gw.sandboxes.sessionm.store;
    const ended = sessionm.filter((campaign) => {
      const record = store.campaignById(campaign.providerId);
      return record !== undefined && !store.isActive(record);
    });
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.length).toBeLessThan(sessionm.length);
    const progress = gw.sandboxes.sessionm.calls.list('customer.progress');
    expect(progress.map((call) => call.path.split('/').at(-2)).sort()).toEqual(
      ended.map((campaign) => campaign.providerId).sort(),
    );
    expect(Object.keys(calls['sessionm'] ?? {}).sort()).toEqual(
      ['campaigns.active', 'customer.campaigns.v2', ...(progress.length > 0 ? ['customer.progress'] : [])].sort(),
    );

    // Peach has no batch read of runs: one runs read per Peach campaign on the page, never two.
    const runReads = gw.sandboxes.peach.calls.list('runs.list');
    expect(runReads).toHaveLength(peach.length);
    expectDistinctPaths(runReads);
    expect(Object.keys(calls['peach'] ?? {}).sort()).toEqual(['campaigns.list', 'runs.list']);

    const total = sandboxes().reduce((sum, sandbox) => sum + sandbox.calls.count(), 0);
    expect(total).toBe(4 + gw.sandboxes.bsg.calls.count('auth.login') + 1 + progress.length + peach.length);

    // The nested data is really there.
    for (const campaign of campaigns.filter((c) => c.provider !== 'SESSIONM')) {
      expect(campaign.behaviors).toEqual([]);
      expect(campaign.offers).toEqual([]);
    }
    for (const campaign of campaigns.filter((c) => c.provider !== 'PEACH')) expect(campaign.runs.edges).toEqual([]);
    expect(sessionm.every((campaign) => campaign.behaviors !== null && campaign.offers !== null)).toBe(true);
    expect(sessionm.filter((campaign) => (campaign.behaviors?.length ?? 0) > 0).length).toBeGreaterThan(1);
    expect(sessionm.filter((campaign) => (campaign.offers?.length ?? 0) > 0).length).toBeGreaterThan(0);
    for (const campaign of peach) {
      const seeded = gw.sandboxes.peach.runs(campaign.providerId);
      expect(campaign.runs.totalCount).toBe(seeded.length);
      expect(campaign.runs.edges.map((edge) => edge.node.runId)).toEqual(
        seeded.slice(0, RUNS_PER_CAMPAIGN).map((run) => run.id),
      );
    }
    expect(peach.filter((campaign) => campaign.runs.edges.length > 0).length).toBeGreaterThan(1);
  });

  it('answers the same behaviors and offers in the batch as for one campaign asked alone', async () => {
    const sessionm = (await nestedPage()).filter((campaign) => campaign.provider === 'SESSIONM');
    const alone = await Promise.all(
      sessionm.map((campaign) => execute(gw.url, CampaignContent, { id: campaign.id }, { apiKey: gw.apiKey })),
    );
    expect(alone.map((response) => response.data?.campaign)).toEqual(
      sessionm.map((campaign) => ({ __typename: 'Campaign', behaviors: campaign.behaviors, offers: campaign.offers })),
    );
  });

  it('reads a campaign asked for several times in one request once, with its runs and content once', async () => {
    const campaigns = await nestedPage();
    const peach = campaigns.find((campaign) => campaign.provider === 'PEACH' && campaign.runs.edges.length > 0);
    const sessionm = campaigns.find((campaign) => campaign.provider === 'SESSIONM' && campaign.offers?.length);
    if (!peach || !sessionm) throw new Error('the seed has Peach campaigns with runs and SessionM ones with offers');
    clearCalls();

    const response = await execute(
      gw.url,
      SameCampaignTwice,
      { peach: peach.id, sessionm: sessionm.id },
      { apiKey: gw.apiKey },
    );

    expect(response.errors).toBeUndefined();
    const runIds = peach.runs.edges.map((edge) => ({ node: { runId: edge.node.runId } }));
    const expected = { __typename: 'Campaign', id: peach.id, name: peach.name, runs: { edges: runIds } };
    expect(response.data?.first).toEqual(expected);
    expect(response.data?.again).toEqual(expected);
    expect(response.data?.node).toEqual({ id: peach.id, name: peach.name });
    const content = {
      behaviors: sessionm.behaviors?.map(({ id }) => ({ id })),
      offers: sessionm.offers?.map(({ id }) => ({ id })),
    };
    expect(response.data?.nodes).toEqual([
      { id: peach.id, name: peach.name, behaviors: [], offers: [] },
      { id: sessionm.id, name: sessionm.name, ...content },
      { id: sessionm.id, name: sessionm.name, ...content },
    ]);
    expect(response.data?.sessionm).toEqual({ __typename: 'Campaign', ...content });
    expect(callsByRoute()).toEqual({
      bsg: {},
      konigle: {},
      peach: { 'campaigns.get': 1, 'runs.list': 1 },
      sessionm: { 'campaigns.active': 1, 'customer.campaign.v2': 1 },
    });
  });

  /** The behaviors and offers of a SessionM demo campaign, read alone, as `nodes(ids)` answers them. */
  async function contentNodes(providerId: number) {
    const campaignId = globalId('Campaign', `sessionm:sessionm-demo:${providerId}`);
    const response = await execute(gw.url, CampaignContent, { id: campaignId }, { apiKey: gw.apiKey });
    expect(response.errors).toBeUndefined();
    const campaign = response.data?.campaign;
    if (campaign?.__typename !== 'Campaign') throw new Error(`expected campaign ${providerId}`);
    // `behaviorId`: the query aliases Behavior.providerId (nullable) beside the non-null ones of the others.
    const behaviors = (campaign.behaviors ?? []).map(({ id, providerId: own, name }) => ({
      __typename: 'Behavior',
      id,
      behaviorId: own,
      name,
      campaignId,
    }));
    const offers = (campaign.offers ?? []).map(({ id, providerId: own, name }) => ({
      __typename: 'Offer',
      id,
      providerId: own,
      name,
      campaignId,
    }));
    return { behaviors, offers };
  }

  it('resolves nodes(ids) mixing campaigns of every provider, runs, contacts, behaviors and offers with batched reads', async () => {
    const campaigns = await nestedPage();
    const contacts = await execute(gw.url, ContactIds, { first: 2 }, { apiKey: gw.apiKey });
    expect(contacts.errors).toBeUndefined();
    const contactNodes = contacts.data?.contacts.edges.map((edge) => edge.node) ?? [];
    expect(contactNodes).toHaveLength(2);
    // Two active campaigns: one with several behaviors and an offer, one more with a behavior and an offer.
    const coffee = await contentNodes(SESSIONM_IDS.coffeeClubChallenge);
    const winter = await contentNodes(SESSIONM_IDS.winterDoublePoints);
    expect(coffee.behaviors.length).toBeGreaterThan(1);
    for (const content of [coffee, winter]) {
      expect(content.offers.length).toBeGreaterThan(0);
      const owned = [
        ...content.behaviors.map((node) => ({ ...node, own: node.behaviorId })),
        ...content.offers.map((node) => ({ ...node, own: node.providerId })),
      ];
      for (const node of owned) {
        // An opaque global id naming the type, the campaign's provider account and id, and SessionM's own id.
        expect(node.own).toMatch(/^\d+$/);
        expect(Buffer.from(node.id, 'base64').toString('utf8')).toBe(
          `${node.__typename}:${decodeCampaign(node.campaignId)}:${node.own ?? ''}`,
        );
      }
    }
    const pick = (provider: string, count: number) =>
      campaigns.filter((campaign) => campaign.provider === provider).slice(0, count);
    const sessionm = pick('SESSIONM', 3);
    const peach = campaigns.filter((campaign) => campaign.provider === 'PEACH' && campaign.runs.edges.length > 0);
    const [bsg] = pick('BSG', 1);
    const [konigle] = pick('KONIGLE', 1);
    const runs = peach.slice(0, 2).flatMap((campaign) => campaign.runs.edges.slice(0, 1).map((edge) => edge.node));
    if (!bsg || !konigle || peach.length < 2 || runs.length < 2) throw new Error('the seed has every kind');
    const requested = [
      ...sessionm.map((campaign) => ({
        __typename: 'Campaign',
        id: campaign.id,
        provider: 'SESSIONM',
        providerId: campaign.providerId,
      })),
      ...peach.slice(0, 2).map((campaign) => ({
        __typename: 'Campaign',
        id: campaign.id,
        provider: 'PEACH',
        providerId: campaign.providerId,
      })),
      { __typename: 'Campaign', id: bsg.id, provider: 'BSG', providerId: bsg.providerId },
      { __typename: 'Campaign', id: konigle.id, provider: 'KONIGLE', providerId: konigle.providerId },
      ...runs.map((run) => ({ __typename: 'Run', id: run.id, runId: run.runId, status: run.status })),
      ...contactNodes.map((contact) => ({ __typename: 'Contact', id: contact.id, email: contact.email })),
      ...coffee.behaviors,
      ...coffee.offers,
      ...winter.behaviors.slice(0, 1),
      ...winter.offers.slice(0, 1),
    ];
    // Every id twice, interleaved: duplicates must not cost a call.
    const ids = [...requested, ...requested.slice().reverse()].map((node) => node.id);
    clearCalls();

    const response = await execute(gw.url, MixedNodes, { ids }, { apiKey: gw.apiKey });

    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes).toEqual([...requested, ...requested.slice().reverse()]);
    const calls = callsByRoute();
    // SessionM reads any number of campaigns in one call, and the behaviors and offers of several campaigns in
    // one more (the reference customer's campaigns): not one read per id, nor per campaign. The others have no
    // batch read: one call per distinct id.
    expect(calls['sessionm']).toEqual({ 'campaigns.active': 1, 'customer.campaigns.v2': 1 });
    expect(calls['peach']).toEqual({ 'campaigns.get': 2, 'runs.get': 2 });
    expect(calls['konigle']).toEqual({ 'campaigns.get': 1, 'contacts.get': 2 });
    expect(dataCalls(gw.sandboxes.bsg).map((call) => call.route)).toEqual(['campaigns.get']);
    for (const sandbox of sandboxes()) expectDistinctPaths(dataCalls(sandbox));
  });

  it('answers null for behavior and offer ids it cannot find, reading a campaign’s content once', async () => {
    const coffee = await contentNodes(SESSIONM_IDS.coffeeClubChallenge);
    const [behavior] = coffee.behaviors;
    const [offer] = coffee.offers;
    if (!behavior || !offer) throw new Error('Coffee Club Challenge has behaviors and offers');
    const coffeeRef = `sessionm:sessionm-demo:${SESSIONM_IDS.coffeeClubChallenge}`;
    const unknown = [
      // Unknown ids in a known campaign.
      globalId('Behavior', `${coffeeRef}:999999`),
      globalId('Offer', `${coffeeRef}:999999`),
      // Another tenant's account, a provider without behaviors, a malformed local id.
      globalId('Behavior', `sessionm:someone-else:${SESSIONM_IDS.coffeeClubChallenge}:${behavior.behaviorId ?? ''}`),
      globalId('Offer', `bsg:bsg-demo:1:${offer.providerId}`),
      globalId('Behavior', coffeeRef),
    ];
    clearCalls();

    const response = await execute(
      gw.url,
      MixedNodes,
      { ids: [...unknown, behavior.id, offer.id] },
      { apiKey: gw.apiKey },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes).toEqual([...unknown.map(() => null), behavior, offer]);
    expect(callsByRoute()).toEqual({ bsg: {}, konigle: {}, peach: {}, sessionm: { 'customer.campaign.v2': 1 } });
  });

  it('caches nothing across requests: the same query asked again calls the providers again', async () => {
    clearCalls();
    await nestedPage();
    const first = callsByRoute();
    clearCalls();
    await nestedPage();
    const second = callsByRoute();
    // The BSG session outlives a request (a token, not provider data); every data read is repeated.
    delete first['bsg']?.['auth.login'];
    expect(second).toEqual(first);
    expect(second['sessionm']?.['customer.campaigns.v2']).toBe(1);
    expect(second['peach']?.['runs.list']).toBeGreaterThan(1);
  });
});
