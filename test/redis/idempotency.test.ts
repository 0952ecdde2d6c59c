import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { idempotentSend } from '../support/idempotency.js';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../support/redis.js';

describeWithRedis('idempotent sends across two gateway instances sharing Redis', () => {
  let first: TestGateway;
  let second: TestGateway;

  beforeAll(async () => {
    const redis = { url: REDIS_URL, prefix: uniquePrefix('idem') };
    first = await startTestGateway({ redis });
    second = await startTestGateway({ redis, sandboxes: first.sandboxes });
  });
  afterAll(async () => {
    await second.stop();
    await first.stop();
  });

  it('sends once for 200 concurrent requests with one key spread over both instances', async () => {
    first.sandboxes.bsg.calls.clear();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => idempotentSend(i % 2 ? first : second, 'shared-key', 'Spread over two')),
    );
    expect(first.sandboxes.bsg.calls.count('campaigns.send')).toBe(1);
    expect(new Set(results).size).toBe(1);
    expect(JSON.parse(results[0] ?? '{}')).toMatchObject({ __typename: 'SendCampaignSuccess' });
  });

  it('answers IdempotencyConflict on the other instance for the same key with another input', async () => {
    await idempotentSend(first, 'shared-key-2', 'one text');
    first.sandboxes.bsg.calls.clear();
    const conflict = JSON.parse(await idempotentSend(second, 'shared-key-2', 'other text')) as Record<string, unknown>;
    expect(conflict).toMatchObject({ __typename: 'IdempotencyConflictError' });
    expect(first.sandboxes.bsg.calls.count()).toBe(0);
  });
});
