import { graphql } from '../generated/gql.js';
import type { TestGateway } from './gateway.js';
import { execute } from './graphql-client.js';

const IdempotentSend = graphql(`
  mutation IdempotentSend($input: SendCampaignInput!, $key: String) {
    sendCampaign(input: $input, idempotencyKey: $key) {
      __typename
      ... on SendCampaignSuccess {
        campaign {
          id
          status
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

/** Sends one SMS campaign through a gateway with an idempotency key; returns the typed result as JSON text. */
export async function idempotentSend(
  gateway: Pick<TestGateway, 'url' | 'apiKey'>,
  key: string,
  text: string,
): Promise<string> {
  const response = await execute(
    gateway.url,
    IdempotentSend,
    { input: { channel: 'SMS', sender: 'ShopLine', text, phones: ['380501112233'] }, key },
    { apiKey: gateway.apiKey },
  );
  return JSON.stringify(response.data?.sendCampaign ?? response.errors);
}
