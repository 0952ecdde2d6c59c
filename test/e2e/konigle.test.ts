import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { execute } from '../support/graphql-client.js';

const Contacts = graphql(`
  query KonigleContacts($filter: ContactFilter, $first: Int, $after: String) {
    contacts(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          email
          source
          tags
          consent {
            email
            sms
          }
          ltv {
            amount
            currency
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

const ContactById = graphql(`
  query KonigleContact($id: ID!) {
    contact(id: $id) {
      __typename
      ... on Contact {
        email
      }
      ... on NotFoundError {
        id
      }
    }
  }
`);

const CreateContact = graphql(`
  mutation KonigleCreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      __typename
      ... on CreateContactSuccess {
        contact {
          id
          email
          tags
        }
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

const UpdateContact = graphql(`
  mutation KonigleUpdateContact($id: ID!, $input: UpdateContactInput!) {
    updateContact(id: $id, input: $input) {
      __typename
      ... on UpdateContactSuccess {
        contact {
          firstName
          consent {
            sms
          }
        }
      }
    }
  }
`);

const ContactLtv = graphql(`
  mutation KonigleContactLtv($email: String!, $amount: String!, $currency: String!) {
    addContactLtv(email: $email, amount: $amount, currency: $currency) {
      __typename
      ... on AddContactLtvSuccess {
        contact {
          ltv {
            amount
            currency
          }
        }
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

const CampaignLtv = graphql(`
  mutation KonigleCampaignLtv($id: ID!, $amount: String!, $currency: String!) {
    addCampaignLtv(id: $id, amount: $amount, currency: $currency) {
      __typename
      ... on AddCampaignLtvSuccess {
        campaign {
          ltv {
            amount
            currency
          }
        }
      }
    }
  }
`);

const CreateCampaign = graphql(`
  mutation KonigleCreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      __typename
      ... on CreateCampaignSuccess {
        campaign {
          id
          status
          provider
          availableActions
          details {
            ... on KonigleCampaignDetails {
              audience
              utmCode
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
    }
  }
`);

const Lifecycle = graphql(`
  mutation KonigleLifecycle($id: ID!, $at: DateTime!) {
    scheduleCampaign(id: $id, at: $at) {
      __typename
      ... on ScheduleCampaignSuccess {
        campaign {
          status
        }
      }
    }
  }
`);

const Start = graphql(`
  mutation KonigleStart($id: ID!) {
    startCampaign(id: $id) {
      __typename
      ... on StartCampaignSuccess {
        campaign {
          status
        }
      }
      ... on InvalidTransitionError {
        currentStatus
        allowedFrom
      }
    }
  }
`);

const PauseResume = graphql(`
  mutation KoniglePauseResume($id: ID!) {
    pauseCampaign(id: $id) {
      __typename
    }
    resumeCampaign(id: $id) {
      __typename
      ... on ResumeCampaignSuccess {
        campaign {
          status
        }
      }
    }
  }
`);

const SendTest = graphql(`
  mutation KonigleSendTest($id: ID!, $to: String!) {
    sendTestMessage(id: $id, to: $to) {
      __typename
      ... on SendTestMessageSuccess {
        test {
          sentTo
        }
      }
    }
  }
`);

const idOf = (providerId: string) => Buffer.from(`Campaign:konigle:konigle-demo:${providerId}`).toString('base64');

describe('Konigle through the gateway', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.stop());
  const run = <D, V>(doc: Parameters<typeof execute<D, V>>[1], variables: V) =>
    execute(gw.url, doc, variables, { apiKey: gw.apiKey });

  it('lists contacts with tag, source and consent filters, pages them, and resolves one by id', async () => {
    const all = await run(Contacts, { first: 2 });
    expect(all.errors).toBeUndefined();
    expect(all.data?.contacts.edges).toHaveLength(2);
    expect(all.data?.contacts.pageInfo.hasNextPage).toBe(true);
    const next = await run(Contacts, { first: 50, after: all.data?.contacts.pageInfo.endCursor ?? null });
    const emails = [...(all.data?.contacts.edges ?? []), ...(next.data?.contacts.edges ?? [])].map((e) => e.node.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.length).toBe(all.data?.contacts.totalCount);
    const consented = await run(Contacts, { first: 50, filter: { consentTo: 'SMS', tags: ['newsletter'] } });
    for (const edge of consented.data?.contacts.edges ?? []) {
      expect(edge.node.consent.sms).toBe(true);
      expect(edge.node.tags).toContain('newsletter');
    }
    const first = all.data?.contacts.edges[0]?.node;
    const byId = await run(ContactById, { id: first?.id ?? '' });
    expect(byId.data?.contact).toEqual({ __typename: 'Contact', email: first?.email });
  });

  it('creates and updates a contact, and rejects a bad email before calling Konigle', async () => {
    const created = await run(CreateContact, { input: { email: 'new@example.com', tags: ['vip'], source: 'LEAD' } });
    const result = created.data?.createContact;
    if (result?.__typename !== 'CreateContactSuccess') throw new Error(JSON.stringify(created));
    const updated = await run(UpdateContact, {
      id: result.contact.id,
      input: { firstName: 'Nia', consent: { sms: false } },
    });
    expect(updated.data?.updateContact).toEqual({
      __typename: 'UpdateContactSuccess',
      contact: { firstName: 'Nia', consent: { sms: false } },
    });
    expect(gw.sandboxes.konigle.contact('new@example.com')).toMatchObject({ first_name: 'Nia' });
    gw.sandboxes.konigle.calls.clear();
    const bad = await run(CreateContact, { input: { email: 'not-an-email' } });
    expect(bad.data?.createContact).toMatchObject({
      __typename: 'ValidationError',
      fields: [{ path: ['input', 'email'] }],
    });
    expect(gw.sandboxes.konigle.calls.count()).toBe(0);
  });

  it('adds lifetime value exactly, and refuses three decimals or a bad currency before any call', async () => {
    gw.sandboxes.konigle.calls.clear();
    const wrong = await run(ContactLtv, { email: 'ben@example.com', amount: '1.005', currency: 'usd' });
    expect(wrong.data?.addContactLtv).toMatchObject({ __typename: 'ValidationError' });
    expect(gw.sandboxes.konigle.calls.count()).toBe(0);
    await run(CampaignLtv, { id: idOf('cmp_spring_collection'), amount: '99.99', currency: 'USD' });
    const second = await run(CampaignLtv, { id: idOf('cmp_spring_collection'), amount: '0.02', currency: 'USD' });
    expect(second.data?.addCampaignLtv).toEqual({
      __typename: 'AddCampaignLtvSuccess',
      campaign: { ltv: { amount: '100.01', currency: 'USD' } },
    });
    const contact = await run(ContactLtv, { email: 'ben@example.com', amount: '10.50', currency: 'USD' });
    expect(contact.data?.addContactLtv).toMatchObject({ contact: { ltv: { amount: '10.50', currency: 'USD' } } });
  });

  it('creates an email campaign through the oneOf input and drives it through its lifecycle', async () => {
    const created = await run(CreateCampaign, {
      input: {
        konigle: {
          name: 'E2E launch',
          audience: 'aud_newsletter',
          emailChannel: 'ch_marketing',
          emailTemplate: 'tpl_promo',
          utmCode: 'launch',
        },
      },
    });
    const result = created.data?.createCampaign;
    if (result?.__typename !== 'CreateCampaignSuccess') throw new Error(JSON.stringify(created));
    expect(result.campaign).toMatchObject({
      status: 'DRAFT',
      provider: 'KONIGLE',
      details: { audience: 'aud_newsletter', utmCode: 'launch' },
    });
    expect(result.campaign.availableActions).toEqual(['START', 'CANCEL', 'SCHEDULE']);
    const at = new Date(gw.sandboxes.konigle.clock.now().getTime() + 86_400_000).toISOString();
    expect((await run(Lifecycle, { id: result.campaign.id, at })).data?.scheduleCampaign).toMatchObject({
      campaign: { status: 'SCHEDULED' },
    });
    expect((await run(Start, { id: result.campaign.id })).data?.startCampaign).toMatchObject({
      campaign: { status: 'RUNNING' },
    });
    const both = await run(PauseResume, { id: result.campaign.id });
    expect(both.data?.pauseCampaign.__typename).toBe('PauseCampaignSuccess');
    expect(both.data?.resumeCampaign).toMatchObject({ campaign: { status: 'RUNNING' } });
    const sent = await run(SendTest, { id: result.campaign.id, to: 'qa@example.com' });
    expect(sent.data?.sendTestMessage).toEqual({
      __typename: 'SendTestMessageSuccess',
      test: { sentTo: 'qa@example.com' },
    });
  });

  it('refuses a forbidden transition without calling Konigle', async () => {
    gw.sandboxes.konigle.calls.clear();
    const refused = await run(Start, { id: idOf('cmp_welcome_series') });
    expect(refused.data?.startCampaign).toMatchObject({
      __typename: 'InvalidTransitionError',
      currentStatus: 'COMPLETED',
    });
    expect(gw.sandboxes.konigle.calls.list().filter((call) => call.route === 'campaigns.start')).toHaveLength(0);
  });
});
