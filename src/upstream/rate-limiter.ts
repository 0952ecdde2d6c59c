import type { UpstreamClock } from './clock.js';
import type { RateLimitSettings } from './types.js';

/** The limiter's next slot comes after the call's deadline; `waitMs` is how long it would have taken. */
export class RateLimitWaitError extends Error {
  override readonly name = 'RateLimitWaitError';
  constructor(
    readonly waitMs: number,
    /** True when the wait is a provider's Retry-After pause rather than the configured rate. */
    readonly paused: boolean,
  ) {
    super(`the account's next request slot is ${waitMs} ms away`);
  }
}

/**
 * Slows one provider account: a token bucket (`requestsPerSecond`, `burst`) that callers wait on in
 * turn (each takes a reservation, so waits queue fairly), and a pause set by a 429's Retry-After during
 * which nobody calls. Without a configured rate only the pause applies.
 */
export class RateLimiter {
  private tokens: number;
  /** The instant the bucket was last refilled (later than now while a pause is pending). */
  private last: number;
  private pausedUntil = 0;

  constructor(
    private readonly settings: RateLimitSettings | undefined,
    private readonly clock: UpstreamClock,
  ) {
    this.tokens = settings?.burst ?? 0;
    this.last = clock.now();
  }

  /**
   * Resolves when the caller may send. Fails at once with RateLimitWaitError when the slot is after
   * `deadline`, and with the signal's reason when it aborts while waiting.
   */
  async acquire(deadline: number, signal?: AbortSignal): Promise<void> {
    const reservedAt = this.reserve(this.clock.now());
    for (;;) {
      const now = this.clock.now();
      const at = Math.max(reservedAt, this.pausedUntil);
      if (at <= now) return;
      if (at > deadline) {
        this.refund();
        throw new RateLimitWaitError(Math.ceil(at - now), this.pausedUntil >= at);
      }
      try {
        await this.clock.sleep(at - now, signal);
      } catch (error) {
        this.refund();
        throw error;
      }
    }
  }

  /** Nobody calls before `until` (epoch ms); after it the bucket restarts with a single token, not a burst. */
  pause(until: number): void {
    if (until <= this.pausedUntil) return;
    this.pausedUntil = until;
    if (!this.settings) return;
    this.refill(this.clock.now());
    this.tokens = Math.min(this.tokens, 1);
    this.last = Math.max(this.last, until);
  }

  /** The end of the current Retry-After pause, or null when not paused. */
  pausedUntilMs(): number | null {
    return this.pausedUntil > this.clock.now() ? this.pausedUntil : null;
  }

  private reserve(now: number): number {
    if (!this.settings) return now;
    this.refill(now);
    this.tokens -= 1;
    const base = Math.max(now, this.last);
    return this.tokens >= 0 ? base : base + (-this.tokens * 1000) / this.settings.requestsPerSecond;
  }

  private refund(): void {
    if (this.settings) this.tokens = Math.min(this.settings.burst, this.tokens + 1);
  }

  private refill(now: number): void {
    if (!this.settings || now <= this.last) return;
    const earned = ((now - this.last) * this.settings.requestsPerSecond) / 1000;
    this.tokens = Math.min(this.settings.burst, this.tokens + earned);
    this.last = now;
  }
}
