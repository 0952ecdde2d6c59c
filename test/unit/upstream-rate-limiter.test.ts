import { describe, expect, it } from 'vitest';
import { RateLimiter, RateLimitWaitError } from '../../src/upstream/rate-limiter.js';
import { ManualClock, settle } from '../support/manual-clock.js';

const FAR = Number.MAX_SAFE_INTEGER;

/** Starts `count` acquisitions and records, in clock time, when each one is let through. */
function acquireMany(limiter: RateLimiter, clock: ManualClock, count: number, deadline = FAR): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) void limiter.acquire(deadline).then(() => times.push(clock.now()));
  return times;
}

describe('rate limiter', () => {
  it('lets a burst through at once, then one call per 1/rate', async () => {
    const clock = new ManualClock();
    const start = clock.now();
    const limiter = new RateLimiter({ requestsPerSecond: 5, burst: 2 }, clock);
    const times = acquireMany(limiter, clock, 5);
    await settle();
    await clock.advance(1_000);
    expect(times.map((t) => t - start)).toEqual([0, 0, 200, 400, 600]);
  });

  it('refuses at once, without waiting, when the next slot is after the deadline; the slot is given back', async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter({ requestsPerSecond: 1, burst: 1 }, clock);
    await limiter.acquire(FAR);
    const refusal = await limiter.acquire(clock.now() + 500).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RateLimitWaitError);
    expect(refusal).toMatchObject({ waitMs: 1_000, paused: false });
    expect(clock.pending()).toEqual([]);
    await clock.advance(1_000);
    const times = acquireMany(limiter, clock, 1);
    await settle();
    expect(times).toEqual([clock.now()]);
  });

  it('holds every caller until a Retry-After pause ends, then restarts with one token rather than a burst', async () => {
    const clock = new ManualClock();
    const start = clock.now();
    const limiter = new RateLimiter({ requestsPerSecond: 10, burst: 5 }, clock);
    limiter.pause(start + 2_000);
    expect(limiter.pausedUntilMs()).toBe(start + 2_000);
    const times = acquireMany(limiter, clock, 3);
    await clock.advance(3_000);
    expect(times.map((t) => t - start)).toEqual([2_000, 2_100, 2_200]);
    expect(limiter.pausedUntilMs()).toBeNull();
  });

  it('answers a paused refusal when the pause outlasts the deadline', async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(undefined, clock);
    limiter.pause(clock.now() + 7_000);
    const refusal = await limiter.acquire(clock.now() + 1_000).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ waitMs: 7_000, paused: true });
  });

  it('without a configured rate, lets everyone through except during a pause', async () => {
    const clock = new ManualClock();
    const start = clock.now();
    const limiter = new RateLimiter(undefined, clock);
    const before = acquireMany(limiter, clock, 3);
    await settle();
    expect(before).toEqual([start, start, start]);
    limiter.pause(start + 1_000);
    const after = acquireMany(limiter, clock, 2);
    await clock.advance(1_000);
    expect(after).toEqual([start + 1_000, start + 1_000]);
  });

  it('leaves the wait with the signal’s reason when the caller goes away', async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter({ requestsPerSecond: 1, burst: 1 }, clock);
    await limiter.acquire(FAR);
    const controller = new AbortController();
    const waiting = limiter.acquire(FAR, controller.signal).catch((error: unknown) => error);
    controller.abort(new Error('gone'));
    expect(await waiting).toMatchObject({ message: 'gone' });
  });
});
