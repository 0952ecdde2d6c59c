import { describe, expect, it } from 'vitest';
import { CircuitBreaker, type CircuitStateChange } from '../../src/upstream/breaker.js';
import { ManualClock } from '../support/manual-clock.js';

const settings = { failureRateThreshold: 0.5, minimumCalls: 4, windowMs: 10_000, coolDownMs: 5_000 };

function breaker() {
  const clock = new ManualClock();
  const changes: CircuitStateChange[] = [];
  return { clock, changes, breaker: new CircuitBreaker(settings, clock, (change) => changes.push(change)) };
}

function fail(b: CircuitBreaker, times: number): void {
  for (let i = 0; i < times; i += 1) {
    const permit = b.tryAcquire();
    if (permit) b.onFailure(permit);
  }
}

function succeed(b: CircuitBreaker, times: number): void {
  for (let i = 0; i < times; i += 1) {
    const permit = b.tryAcquire();
    if (permit) b.onSuccess(permit);
  }
}

describe('circuit breaker', () => {
  it('stays CLOSED below the minimum number of calls, even when every call fails', () => {
    const { breaker: b } = breaker();
    fail(b, 3);
    expect(b.state).toBe('CLOSED');
  });

  it('opens when failures reach the threshold rate over at least the minimum calls, and tells the hook', () => {
    const { breaker: b, changes, clock } = breaker();
    succeed(b, 2);
    fail(b, 1);
    expect(b.state).toBe('CLOSED');
    fail(b, 1);
    expect(b.state).toBe('OPEN');
    expect(b.openUntilMs).toBe(clock.now() + settings.coolDownMs);
    expect(changes).toEqual([{ from: 'CLOSED', to: 'OPEN', at: clock.now() }]);
  });

  it('stays CLOSED while failures stay under the threshold rate', () => {
    const { breaker: b } = breaker();
    for (let i = 0; i < 10; i += 1) {
      succeed(b, 2);
      fail(b, 1);
    }
    expect(b.state).toBe('CLOSED');
  });

  it('forgets outcomes older than the rolling window', async () => {
    const { breaker: b, clock } = breaker();
    fail(b, 3);
    await clock.advance(settings.windowMs + 1);
    succeed(b, 3);
    fail(b, 1);
    expect(b.state).toBe('CLOSED');
  });

  it('fails fast while OPEN: no permit until the cool-down has passed', async () => {
    const { breaker: b, clock } = breaker();
    fail(b, 4);
    expect(b.tryAcquire()).toBeUndefined();
    await clock.advance(settings.coolDownMs - 1);
    expect(b.tryAcquire()).toBeUndefined();
    await clock.advance(1);
    expect(b.state).toBe('HALF_OPEN');
  });

  it('lets exactly one probe through when HALF_OPEN, and closes when it succeeds', async () => {
    const { breaker: b, clock, changes } = breaker();
    fail(b, 4);
    await clock.advance(settings.coolDownMs);
    const probe = b.tryAcquire();
    expect(probe).toEqual({ probe: true });
    expect(b.tryAcquire()).toBeUndefined();
    b.onSuccess(probe ?? { probe: false });
    expect(b.state).toBe('CLOSED');
    expect(changes.map((c) => c.to)).toEqual(['OPEN', 'HALF_OPEN', 'CLOSED']);
    fail(b, 3);
    expect(b.state).toBe('CLOSED');
  });

  it('re-opens for a fresh cool-down when the probe fails', async () => {
    const { breaker: b, clock } = breaker();
    fail(b, 4);
    await clock.advance(settings.coolDownMs);
    const probe = b.tryAcquire();
    b.onFailure(probe ?? { probe: false });
    expect(b.state).toBe('OPEN');
    expect(b.openUntilMs).toBe(clock.now() + settings.coolDownMs);
  });

  it('frees the probe slot when the probe is abandoned without a verdict', async () => {
    const { breaker: b, clock } = breaker();
    fail(b, 4);
    await clock.advance(settings.coolDownMs);
    const probe = b.tryAcquire();
    b.onAbandoned(probe ?? { probe: false });
    expect(b.state).toBe('HALF_OPEN');
    expect(b.tryAcquire()).toEqual({ probe: true });
  });

  it('ignores late outcomes of calls let through before the circuit opened', () => {
    const { breaker: b } = breaker();
    const early = b.tryAcquire();
    fail(b, 4);
    b.onSuccess(early ?? { probe: false });
    expect(b.state).toBe('OPEN');
  });
});
