import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CAMPAIGN_IDS as IDS, DEMO_USERS as USERS } from '../../sandbox/sessionm/index.js';
import { graphql } from '../generated/gql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { execute } from '../support/graphql-client.js';

const campaignId = (id: number, provider = 'sessionm', account = 'sessionm-demo') =>
  Buffer.from(`Campaign:${provider}:${account}:${id}`).toString('base64');

/** A behavior's or offer's global id: its campaign's provider account and id, then SessionM's own id. */
const globalId = (typename: 'Behavior' | 'Offer', campaign: number, providerId: string) =>
  Buffer.from(`${typename}:sessionm:sessionm-demo:${campaign}:${providerId}`).toString('base64');

const SessionMCampaigns = graphql(`
  query SessionMCampaigns {
    campaigns(first: 50, filter: { providers: [SESSIONM] }) {
      totalCount
      edges {
        node {
          name
          status
          providerStatus
          channels
          availableActions
          details {
            __typename
            ... on SessionMCampaignDetails {
              externalId
              optInRequired
              qualifyTag
              targeted
            }
          }
          behaviors {
            id
            providerId
            name
            eventName
            type
            points
            goal
            maxTimesRepeatable
            periodSeconds
            consecutive
          }
          offers {
            id
            providerId
            name
            type
            discount {
              type
              value
            }
            validityPeriod
            validityUnit
            media {
              kind
            }
            restrictions {
              kind
              rules
            }
          }
        }
      }
    }
  }
`);

const CustomerCampaigns = graphql(`
  query CustomerCampaigns($id: String, $externalId: String, $filter: CustomerCampaignFilter, $campaignId: ID!) {
    customer(provider: SESSIONM, id: $id, externalId: $externalId) {
      __typename
      ... on Customer {
        account
        campaigns(filter: $filter, pageSize: 50) {
          __typename
          ... on CustomerCampaignPage {
            numberOfPages
            nodes {
              name
              qualified
              state
            }
          }
        }
        campaign(id: $campaignId) {
          __typename
          ... on CustomerCampaign {
            name
            state
            campaign {
              name
            }
            behaviors {
              name
              goal
            }
            progress {
              state
              optedIn
              behaviors {
                behaviorId
                progress
                goal
                completed
              }
            }
          }
          ... on NotFoundError {
            typeName
          }
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const CustomerProgress = graphql(`
  query CustomerProgress($provider: ProviderId!, $id: String, $campaignId: ID!) {
    customer(provider: $provider, id: $id) {
      __typename
      ... on Customer {
        progress(campaignId: $campaignId) {
          __typename
          ... on CustomerProgress {
            state
          }
          ... on NotFoundError {
            typeName
            id
          }
        }
      }
      ... on UnsupportedOperationError {
        provider
        operation
      }
      ... on ValidationError {
        fields {
          path
          message
        }
      }
    }
  }
`);

const OptIn = graphql(`
  mutation OptInCustomer($input: OptInCustomerInput!) {
    optInCustomer(input: $input) {
      __typename
      ... on OptInCustomerSuccess {
        progress {
          state
          optedIn
        }
      }
      ... on OptInRefusal {
        reason
        campaignId
        providerReason
      }
      ... on UnsupportedOperationError {
        provider
        operation
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const Create = graphql(`
  mutation CreateSessionMCampaign($input: CreateSessionMCampaignInput!) {
    createSessionMCampaign(input: $input) {
      __typename
      ... on CreateSessionMCampaignSuccess {
        campaign {
          providerId
          name
          status
          channels
          details {
            ... on SessionMCampaignDetails {
              externalId
              optInRequired
            }
          }
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
      }
    }
  }
`);

const PauseSessionM = graphql(`
  mutation PauseSessionM($id: ID!) {
    pauseCampaign(id: $id) {
      __typename
      ... on UnsupportedOperationError {
        provider
        operation
      }
    }
  }
`);

describe('gateway end to end with SessionM', () => {
  let gw: TestGateway;
  const run = <Data, Variables>(document: TypedDocumentNode<Data, Variables>, variables: Variables) =>
    execute(gw.url, document, variables, { apiKey: gw.apiKey });

  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('lists SessionM campaigns with their details, behaviors and offers, and no lifecycle actions', async () => {
    const { data, errors } = await run(SessionMCampaigns, {});
    expect(errors).toBeUndefined();
    const nodes = data?.campaigns.edges.map((edge) => edge.node) ?? [];
    expect(data?.campaigns.totalCount).toBe(8);
    expect(nodes.every((node) => node.availableActions.length === 0)).toBe(true);
    const coffee = nodes.find((node) => node.name === 'Coffee Club Challenge');
    expect(coffee).toMatchObject({
      status: 'RUNNING',
      providerStatus: 'live',
      channels: ['IN_APP'],
      details: {
        __typename: 'SessionMCampaignDetails',
        externalId: 'coffee-club-challenge',
        optInRequired: true,
        qualifyTag: 'coffee_lover',
        targeted: true,
      },
    });
    expect(coffee?.behaviors?.map((b) => [b.name, b.type, b.goal, b.points])).toEqual([
      ['Morning ritual', 'COMPOSITE', 3, 150],
      ['Try a new blend', 'UNIQUE', 3, 75],
    ]);
    expect(coffee?.offers?.[0]).toEqual({
      id: globalId('Offer', IDS.coffeeClubChallenge, coffee?.offers?.[0]?.providerId ?? ''),
      providerId: expect.stringMatching(/^\d+$/),
      name: '$5 off any bag of beans',
      type: 'deal',
      discount: { type: 'FIXED_AMOUNT', value: '5.00' },
      validityPeriod: 30,
      validityUnit: 'day',
      media: [{ kind: 'IMAGE' }],
      restrictions: [{ kind: 'PURCHASE', rules: 1 }],
    });
    const winter = nodes.find((node) => node.name === 'Winter Double Points');
    expect(winter?.behaviors?.[0]).toEqual({
      id: globalId('Behavior', IDS.winterDoublePoints, '10011'),
      providerId: '10011',
      name: 'Buy a hot drink',
      eventName: 'purchase.hot_drink',
      type: 'COUNT',
      points: 50,
      goal: 3,
      maxTimesRepeatable: 2,
      periodSeconds: 86_400,
      consecutive: false,
    });
    expect(winter?.offers?.[0]?.discount).toEqual({ type: 'PERCENT', value: '10' });
  });

  it('lists a customer’s eligible and ineligible campaigns and reads one with its progress', async () => {
    const variables = { id: USERS.ben.id, campaignId: campaignId(IDS.winterDoublePoints) };
    const eligible = await run(CustomerCampaigns, { ...variables, filter: 'ELIGIBLE' });
    const customer = eligible.data?.customer;
    if (customer?.__typename !== 'Customer') throw new Error(`expected a customer: ${JSON.stringify(customer)}`);
    expect(customer.account).toBe('sessionm-demo');
    expect(customer.campaigns).toMatchObject({
      __typename: 'CustomerCampaignPage',
      numberOfPages: 1,
      nodes: [
        { name: 'Winter Double Points', qualified: true },
        { name: 'Coffee Club Challenge', qualified: true },
        { name: 'Holiday Countdown', qualified: true },
      ],
    });
    expect(customer.campaign).toMatchObject({
      __typename: 'CustomerCampaign',
      name: 'Winter Double Points',
      state: 'IN_PROGRESS',
      campaign: { name: 'Winter Double Points' },
      behaviors: [{ name: 'Buy a hot drink', goal: 3 }],
      progress: { state: 'IN_PROGRESS', behaviors: [{ behaviorId: '10011', progress: 1, goal: 3, completed: false }] },
    });
    const ineligible = await run(CustomerCampaigns, { ...variables, filter: 'INELIGIBLE' });
    const other = ineligible.data?.customer;
    if (other?.__typename !== 'Customer') throw new Error('expected a customer');
    expect(other.campaigns).toMatchObject({ nodes: [{ name: 'VIP Founders Circle', state: 'NOT_QUALIFIED' }] });
  });

  it('shows progress advancing after events are posted to the provider', async () => {
    const variables = { externalId: USERS.ava.externalId, campaignId: campaignId(IDS.coffeeClubChallenge) };
    const before = await run(CustomerCampaigns, variables);
    expect(before.data?.customer).toMatchObject({
      campaign: { progress: { state: 'OPTED_IN', optedIn: true, behaviors: [{ progress: 0 }, { progress: 0 }] } },
    });
    for (const eventName of ['visit.store', 'visit.store', 'purchase.pastry']) {
      const posted = await fetch(`${gw.sandboxes.sessionm.url}/__sandbox/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          user_id: USERS.ava.id,
          campaign_id: IDS.coffeeClubChallenge,
          behavior_id: IDS.coffeeClubChallenge * 10 + 1,
          event_name: eventName,
        }),
      });
      expect(posted.status).toBe(200);
    }
    const after = await run(CustomerCampaigns, variables);
    expect(after.data?.customer).toMatchObject({
      campaign: {
        state: 'IN_PROGRESS',
        progress: { state: 'IN_PROGRESS', behaviors: [{ progress: 3, goal: 3, completed: true }, { progress: 0 }] },
      },
    });
  });

  it('opts a customer in, and the provider records it', async () => {
    const input = { campaignId: campaignId(IDS.coffeeClubChallenge), customerId: USERS.ben.id };
    const { data } = await run(OptIn, { input });
    expect(data?.optInCustomer).toEqual({
      __typename: 'OptInCustomerSuccess',
      progress: { state: 'OPTED_IN', optedIn: true },
    });
    expect(gw.sandboxes.sessionm.customerState(USERS.ben.id, IDS.coffeeClubChallenge)).toBe('opted_in');
  });

  it('answers each documented opt-in refusal as its own type', async () => {
    const cases = [
      [USERS.chloe.id, IDS.coffeeClubChallenge, 'CustomerIneligibleError', 'CUSTOMER_INELIGIBLE'],
      [USERS.ava.id, IDS.springPreview, 'OptInNotStartedError', 'NOT_STARTED'],
      [USERS.ava.id, IDS.holidayCountdown, 'OptInEndedError', 'ENDED'],
      [USERS.ava.id, IDS.vipFoundersCircle, 'OptInLimitReachedError', 'LIMIT_REACHED'],
      [USERS.ava.id, IDS.winterDoublePoints, 'OptInFailedError', 'FAILED'],
    ] as const;
    for (const [customerId, id, typename, reason] of cases) {
      const { data } = await run(OptIn, { input: { campaignId: campaignId(id), customerId } });
      expect(data?.optInCustomer).toMatchObject({ __typename: typename, reason, campaignId: String(id) });
    }
    expect(gw.sandboxes.sessionm.campaign(IDS.vipFoundersCircle)?.opt_in_count).toBe(2);
  });

  it('creates a live SessionM campaign that the provider then holds, and refuses a duplicate name', async () => {
    const now = gw.sandboxes.sessionm.clock.now().getTime();
    const input = {
      name: 'Gateway Spring Launch',
      startsAt: new Date(now + 86_400_000).toISOString(),
      endsAt: new Date(now + 30 * 86_400_000).toISOString(),
      externalId: 'gateway-spring-launch',
      campaignType: 'PROMOTION' as const,
      optInRequired: true,
      includeTags: ['vip'],
    };
    const { data } = await run(Create, { input });
    expect(data?.createSessionMCampaign).toMatchObject({
      __typename: 'CreateSessionMCampaignSuccess',
      campaign: {
        name: 'Gateway Spring Launch',
        status: 'RUNNING',
        channels: ['IN_APP'],
        details: { externalId: 'gateway-spring-launch', optInRequired: true },
      },
    });
    expect(gw.sandboxes.sessionm.campaign('gateway-spring-launch')).toMatchObject({
      status: 'live',
      optin_required: true,
      targeting: { 'user.tags': { $in: ['vip'] } },
    });
    const duplicate = await run(Create, { input: { ...input, externalId: 'another' } });
    expect(duplicate.data?.createSessionMCampaign).toMatchObject({
      __typename: 'ValidationError',
      fields: [{ path: ['input', 'name'], message: 'has already been taken' }],
    });
    gw.sandboxes.sessionm.calls.clear();
    const backwards = await run(Create, { input: { ...input, endsAt: input.startsAt } });
    expect(backwards.data?.createSessionMCampaign).toMatchObject({
      __typename: 'ValidationError',
      fields: [{ path: ['input', 'endsAt'], message: 'must be after startsAt' }],
    });
    expect(gw.sandboxes.sessionm.calls.count()).toBe(0);
  });

  it('refuses lifecycle actions on a SessionM campaign without calling SessionM', async () => {
    gw.sandboxes.sessionm.calls.clear();
    const { data } = await run(PauseSessionM, { id: campaignId(IDS.winterDoublePoints) });
    expect(data?.pauseCampaign).toEqual({
      __typename: 'UnsupportedOperationError',
      provider: 'SESSIONM',
      operation: 'PAUSE',
    });
    expect(gw.sandboxes.sessionm.calls.count()).toBe(0);
  });

  it('refuses customer reads and opt-in on a provider without them, calling nobody', async () => {
    gw.sandboxes.bsg.calls.clear();
    const progress = await run(CustomerProgress, {
      provider: 'BSG',
      id: 'someone',
      campaignId: campaignId(1, 'bsg', 'bsg-demo'),
    });
    expect(progress.data?.customer).toEqual({
      __typename: 'UnsupportedOperationError',
      provider: 'BSG',
      operation: 'CUSTOMER_PROGRESS',
    });
    const optIn = await run(OptIn, { input: { campaignId: campaignId(1, 'bsg', 'bsg-demo'), customerId: 'someone' } });
    expect(optIn.data?.optInCustomer).toMatchObject({ __typename: 'UnsupportedOperationError', operation: 'OPT_IN' });
    expect(gw.sandboxes.bsg.calls.count()).toBe(0);
  });

  it('answers typed not-found for an unknown customer and validation for an ambiguous one', async () => {
    const unknown = await run(CustomerProgress, {
      provider: 'SESSIONM',
      id: 'no-such-user',
      campaignId: campaignId(IDS.winterDoublePoints),
    });
    expect(unknown.data?.customer).toMatchObject({
      progress: { __typename: 'NotFoundError', typeName: 'Customer', id: 'no-such-user' },
    });
    const ended = await run(CustomerProgress, {
      provider: 'SESSIONM',
      id: USERS.ava.id,
      campaignId: campaignId(IDS.autumnHarvest),
    });
    expect(ended.data?.customer).toMatchObject({ progress: { __typename: 'CustomerProgress', state: 'COMPLETED' } });
    const neither = await run(CustomerProgress, {
      provider: 'SESSIONM',
      campaignId: campaignId(IDS.winterDoublePoints),
    });
    expect(neither.data?.customer).toMatchObject({
      __typename: 'ValidationError',
      fields: [{ path: ['id'], message: 'give exactly one of id or externalId' }],
    });
  });
});
