import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { execute } from '../support/graphql-client.js';
import { CreatePeach, PeachCampaigns } from '../support/peach-documents.js';
import { postDocument } from '../support/raw-http.js';
import { findLeaks, registerSecrets, scanned } from '../support/secret-scan.js';
import { subscribeWs } from '../support/subscriptions.js';

const SecretsOverview = graphql(`
  query SecretsOverview {
    providers {
      id
      account
      capabilities
      health {
        state
        lastErrorCode
      }
    }
    campaigns(first: 50) {
      edges {
        node {
          id
          name
          account
          providerStatus
          availableActions
          details {
            __typename
          }
        }
      }
    }
  }
`);

const SecretsCancel = graphql(`
  mutation SecretsCancel($id: ID!) {
    cancelCampaign(id: $id) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const SecretsEvents = graphql(`
  subscription SecretsEvents($since: ID) {
    campaignEvents(since: $since) {
      __typename
      ... on CampaignEvent {
        campaignId
        status
        source
      }
    }
  }
`);

const SecretsHead = graphql(`
  query SecretsHead {
    latestEventId
  }
`);

const REDASH_KEY = 'redash-api-key-9f8e7d6c5b4a';
const SFTP_PASSWORD = 'sftp-password-1a2b3c4d5e6f';

/**
 * The setup file scans every e2e file; this one drives every kind of operation with every kind of secret
 * in play (provider credentials, webhook secret, API key, Redash key, SFTP password), including failures.
 */
describe('secrets never leave the gateway', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    registerSecrets([REDASH_KEY, SFTP_PASSWORD]);
    gw = await startTestGateway({ seedCampaigns: 3, webhookSecret: 'webhook-signing-secret-0123456789' });
  });
  afterAll(() => gw.stop());

  it('reads, writes, fails, streams and logs without a configured secret in any of it', async () => {
    const head = (await execute(gw.url, SecretsHead, {}, { apiKey: gw.apiKey })).data?.latestEventId ?? '0';
    const events = subscribeWs(gw.url, gw.apiKey, SecretsEvents, { since: head });
    const overview = await execute(gw.url, SecretsOverview, {}, { apiKey: gw.apiKey });
    expect(overview.data?.campaigns.edges.length).toBeGreaterThan(0);
    await execute(gw.url, PeachCampaigns, {}, { apiKey: gw.apiKey });
    const created = await execute(
      gw.url,
      CreatePeach,
      {
        input: {
          externalId: 'secret-scan',
          redashQueryUrl: 'https://redash.example/queries/7',
          redashApiKey: REDASH_KEY,
          bulkSenderId: 'BS-PDDR-0001',
          sftpSettings: { host: 'sftp.example:22', username: 'scan', password: SFTP_PASSWORD },
        },
      },
      { apiKey: gw.apiKey },
    );
    expect(created.data?.createPeachCampaign.__typename).toBe('CreatePeachCampaignSuccess');
    const invalid = await execute(
      gw.url,
      CreatePeach,
      {
        input: {
          externalId: '',
          redashApiKey: REDASH_KEY,
          sftpSettings: { host: '', username: '', password: SFTP_PASSWORD },
        },
      },
      { apiKey: gw.apiKey },
    );
    expect(invalid.data?.createPeachCampaign.__typename).toBe('ValidationError');
    const cancellable = overview.data?.campaigns.edges.find((edge) => edge.node.availableActions.includes('CANCEL'));
    await execute(gw.url, SecretsCancel, { id: cancellable?.node.id ?? '' }, { apiKey: gw.apiKey });
    expect((await events.next()).data?.campaignEvents.__typename).toBe('CampaignEvent');
    await events.close();
    gw.sandboxes.bsg.faults.add({ kind: 'status-503', route: 'campaigns.list' });
    await execute(gw.url, SecretsOverview, {}, { apiKey: gw.apiKey });
    gw.sandboxes.bsg.faults.clear();
    await postDocument(gw.url, gw.apiKey, '{ campaign(id: "bm90IGFuIGlk") { __typename } nope }');
    await execute(gw.url, SecretsHead, {}, { apiKey: 'not-the-key' });

    const seen = scanned();
    expect(seen.responses).toBeGreaterThan(5);
    expect(seen.logLines).toBeGreaterThan(20);
    expect(findLeaks()).toEqual([]);
  });
});
