import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { idempotentSend } from '../support/idempotency.js';

describe('idempotent sends', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.stop());

  it('sends once for 200 concurrent requests with one key, and answers all of them the same', async () => {
    gw.sandboxes.bsg.calls.clear();
    const results = await Promise.all(
      Array.from({ length: 200 }, () => idempotentSend(gw, 'order-42', 'Your order shipped')),
    );
    expect(gw.sandboxes.bsg.calls.count('campaigns.send')).toBe(1);
    expect(new Set(results).size).toBe(1);
    expect(JSON.parse(results[0] ?? '{}')).toMatchObject({ __typename: 'SendCampaignSuccess' });
    const later = await idempotentSend(gw, 'order-42', 'Your order shipped');
    expect(later).toBe(results[0]);
    expect(gw.sandboxes.bsg.calls.count('campaigns.send')).toBe(1);
  });

  it('answers IdempotencyConflict for the same key with another input, without calling the provider', async () => {
    await idempotentSend(gw, 'order-43', 'first text');
    gw.sandboxes.bsg.calls.clear();
    const conflict = JSON.parse(await idempotentSend(gw, 'order-43', 'another text')) as Record<string, unknown>;
    expect(conflict).toMatchObject({ __typename: 'IdempotencyConflictError', code: 'IDEMPOTENCY_CONFLICT' });
    expect(gw.sandboxes.bsg.calls.count()).toBe(0);
  });

  it('honours the Idempotency-Key header when the mutation names no key', async () => {
    gw.sandboxes.bsg.calls.clear();
    const body = JSON.stringify({
      query: 'mutation($i: SendCampaignInput!) { sendCampaign(input: $i) { __typename } }',
      variables: { i: { channel: 'SMS', sender: 'ShopLine', text: 'header key', phones: ['380501112233'] } },
    });
    const post = () =>
      fetch(`${gw.url}/graphql`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${gw.apiKey}`,
          'content-type': 'application/json',
          'idempotency-key': 'hdr-1',
        },
        body,
      }).then((response) => response.json());
    const [first, second] = await Promise.all([post(), post()]);
    expect(first).toEqual(second);
    expect(gw.sandboxes.bsg.calls.count('campaigns.send')).toBe(1);
  });
});
