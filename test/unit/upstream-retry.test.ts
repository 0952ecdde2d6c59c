import { describe, expect, it } from 'vitest';
import { backoffDelay, isRetrySafe, isRetryableStatus, RetryBudget } from '../../src/upstream/retry.js';
import { DEFAULT_RETRY } from '../../src/upstream/types.js';

const settings = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1_000 };

describe('retry policy', () => {
  it('treats GET and requests marked idempotent as safe to repeat, and nothing else', () => {
    expect(isRetrySafe({ method: 'GET' })).toBe(true);
    expect(isRetrySafe({ method: 'POST' })).toBe(false);
    expect(isRetrySafe({ method: 'PATCH' })).toBe(false);
    expect(isRetrySafe({ method: 'POST', idempotent: true })).toBe(true);
  });

  it('retries 429, 502, 503 and 504 only', () => {
    const retryable = [400, 401, 404, 409, 422, 429, 500, 501, 502, 503, 504].filter(isRetryableStatus);
    expect(retryable).toEqual([429, 502, 503, 504]);
  });

  it('backs off with full jitter over an exponential window capped at maxDelayMs', () => {
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, settings, () => 0.999999))).toEqual([
      99, 199, 399, 799, 999,
    ]);
    expect(backoffDelay(3, settings, () => 0)).toBe(0);
    expect(backoffDelay(2, settings, () => 0.5)).toBe(100);
  });
});

describe('retry budget', () => {
  it('starts with its cap and refuses once spent', () => {
    const budget = new RetryBudget(0.1, 2);
    expect([budget.trySpend(), budget.trySpend(), budget.trySpend()]).toEqual([true, true, false]);
  });

  it('earns a tenth of a token per first attempt, so ten calls pay for one retry', () => {
    const budget = new RetryBudget(0.1, 2);
    budget.trySpend();
    budget.trySpend();
    for (let i = 0; i < 9; i += 1) budget.earn();
    expect(budget.trySpend()).toBe(false);
    budget.earn();
    expect(budget.trySpend()).toBe(true);
  });

  it('never saves more than its cap', () => {
    const budget = new RetryBudget(0.1, 3);
    for (let i = 0; i < 1_000; i += 1) budget.earn();
    expect(budget.balance).toBe(3);
  });

  it('keeps retries under a persistent fault to the cap plus ~10% of calls', () => {
    const budget = new RetryBudget(0.1, 5);
    let retries = 0;
    for (let call = 0; call < 1_000; call += 1) {
      budget.earn();
      if (budget.trySpend()) retries += 1;
    }
    expect(retries).toBeLessThanOrEqual(5 + 100);
    expect(retries).toBeGreaterThanOrEqual(100);
  });
});
