import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '../../src/auth/scopes.js';
import { graphql } from '../generated/gql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { execute } from '../support/graphql-client.js';
import { subscribeWs } from '../support/subscriptions.js';

const ScopeCampaigns = graphql(`
  query ScopeCampaigns {
    campaigns(first: 5, filter: { providers: [KONIGLE] }) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const ScopeContacts = graphql(`
  query ScopeContacts {
    contacts(first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const ScopeNode = graphql(`
  query ScopeNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

const ScopePause = graphql(`
  mutation ScopePause($id: ID!) {
    pauseCampaign(id: $id) {
      __typename
      ... on ForbiddenError {
        code
        scope
        message
      }
    }
  }
`);

const ScopeStart = graphql(`
  mutation ScopeStart($id: ID!) {
    startCampaign(id: $id) {
      __typename
      ... on ForbiddenError {
        code
        scope
      }
    }
  }
`);

const ScopeSend = graphql(`
  mutation ScopeSend($input: SendCampaignInput!) {
    sendCampaign(input: $input) {
      __typename
      ... on ForbiddenError {
        code
        scope
      }
    }
  }
`);

const ScopeCreateContact = graphql(`
  mutation ScopeCreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      __typename
      ... on ForbiddenError {
        code
        scope
      }
    }
  }
`);

const ScopeEvents = graphql(`
  subscription ScopeEvents {
    campaignEvents {
      __typename
    }
  }
`);

const KEYS: Record<string, Scope[]> = {
  'campaigns-read': ['campaigns:read'],
  'campaigns-write': ['campaigns:write'],
  'campaigns-send': ['campaigns:send'],
  'contacts-read': ['contacts:read'],
  'contacts-write': ['contacts:write'],
};
const keyOf = (name: string) => `scope-key-${name}`;

describe('API key scopes', () => {
  let gw: TestGateway;
  let campaignId: string;
  let contactId: string;

  beforeAll(async () => {
    gw = await startTestGateway({
      seedCampaigns: 2,
      apiKeys: Object.entries(KEYS).map(([name, scopes]) => ({ id: name, key: keyOf(name), scopes })),
    });
    const campaigns = await execute(gw.url, ScopeCampaigns, {}, { apiKey: gw.apiKey });
    const contacts = await execute(gw.url, ScopeContacts, {}, { apiKey: gw.apiKey });
    campaignId = campaigns.data?.campaigns.edges[0]?.node.id ?? '';
    contactId = contacts.data?.contacts.edges[0]?.node.id ?? '';
    expect(campaignId).not.toBe('');
    expect(contactId).not.toBe('');
  });
  afterAll(() => gw.stop());

  /** Each operation, the scope it needs, and how it reports a refusal: a typed union member or a GraphQL error. */
  const matrix: { operation: string; scope: Scope; run: (key: string) => Promise<string | undefined> }[] = [
    {
      operation: 'campaigns',
      scope: 'campaigns:read',
      run: async (key) => forbiddenScope(await execute(gw.url, ScopeCampaigns, {}, { apiKey: key })),
    },
    {
      operation: 'node(Campaign)',
      scope: 'campaigns:read',
      run: async (key) => forbiddenScope(await execute(gw.url, ScopeNode, { id: campaignId }, { apiKey: key })),
    },
    {
      operation: 'contacts',
      scope: 'contacts:read',
      run: async (key) => forbiddenScope(await execute(gw.url, ScopeContacts, {}, { apiKey: key })),
    },
    {
      operation: 'node(Contact)',
      scope: 'contacts:read',
      run: async (key) => forbiddenScope(await execute(gw.url, ScopeNode, { id: contactId }, { apiKey: key })),
    },
    {
      operation: 'pauseCampaign',
      scope: 'campaigns:write',
      run: async (key) => {
        const result = (await execute(gw.url, ScopePause, { id: campaignId }, { apiKey: key })).data?.pauseCampaign;
        return result?.__typename === 'ForbiddenError' ? result.scope : undefined;
      },
    },
    {
      operation: 'startCampaign',
      scope: 'campaigns:send',
      run: async (key) => {
        const result = (await execute(gw.url, ScopeStart, { id: campaignId }, { apiKey: key })).data?.startCampaign;
        return result?.__typename === 'ForbiddenError' ? result.scope : undefined;
      },
    },
    {
      operation: 'sendCampaign',
      scope: 'campaigns:send',
      run: async (key) => {
        const input = { channel: 'SMS' as const, sender: 'ShopLine', text: 'Scope check', phones: ['380501112233'] };
        const result = (await execute(gw.url, ScopeSend, { input }, { apiKey: key })).data?.sendCampaign;
        return result?.__typename === 'ForbiddenError' ? result.scope : undefined;
      },
    },
    {
      operation: 'createContact',
      scope: 'contacts:write',
      run: async (key) => {
        const input = { email: `scope-${Math.random().toString(36).slice(2)}@example.com` };
        const result = (await execute(gw.url, ScopeCreateContact, { input }, { apiKey: key })).data?.createContact;
        return result?.__typename === 'ForbiddenError' ? result.scope : undefined;
      },
    },
  ];

  for (const row of matrix) {
    for (const [name, scopes] of Object.entries(KEYS)) {
      const allowed = scopes.includes(row.scope);
      it(`${row.operation} with a ${name} key ${allowed ? 'runs' : `answers FORBIDDEN naming ${row.scope}`}`, async () => {
        const callsBefore = gw.upstreamCalls.length;
        const refusedFor = await row.run(keyOf(name));
        if (allowed) {
          expect(refusedFor).toBeUndefined();
        } else {
          expect(refusedFor).toBe(row.scope);
          expect(gw.upstreamCalls.length, 'a refused operation calls no provider').toBe(callsBefore);
        }
      });
    }
  }

  it('a mutation refused for its scope is a typed ForbiddenError with code and message', async () => {
    const result = await execute(gw.url, ScopePause, { id: campaignId }, { apiKey: keyOf('campaigns-read') });
    expect(result.status).toBe(200);
    expect(result.data?.pauseCampaign).toEqual({
      __typename: 'ForbiddenError',
      code: 'FORBIDDEN',
      scope: 'campaigns:write',
      message: 'This API key lacks the scope campaigns:write.',
    });
  });

  it('a subscription needs campaigns:read: refused over WebSocket naming the scope', async () => {
    const refused = subscribeWs(gw.url, keyOf('contacts-read'), ScopeEvents, {});
    const message = await refused.next();
    await refused.close();
    expect(message.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'campaigns:read' });
  });

  it('no key or an unknown key answers 401 before anything runs', async () => {
    const callsBefore = gw.upstreamCalls.length;
    const none = await execute(gw.url, ScopeCampaigns, {});
    const wrong = await execute(gw.url, ScopeCampaigns, {}, { apiKey: 'not-a-key' });
    expect([none.status, wrong.status]).toEqual([401, 401]);
    expect(none.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(gw.upstreamCalls.length).toBe(callsBefore);
  });
});

/** The scope a query was refused for: the FORBIDDEN error's `extensions.scope`. */
function forbiddenScope(result: { errors?: { extensions?: Record<string, unknown> }[] }): string | undefined {
  const error = result.errors?.find((entry) => entry.extensions?.['code'] === 'FORBIDDEN');
  return error ? String(error.extensions?.['scope']) : undefined;
}
