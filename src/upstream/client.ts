import type { Pool } from 'undici';
import { ProviderRateLimitedError, ProviderUnavailableError } from '../domain/errors.js';
import type { AccountRef } from '../domain/provider.js';
import { CircuitBreaker, type BreakerPermit, type CircuitStateChange } from './breaker.js';
import { Bulkhead, BulkheadFullError } from './bulkhead.js';
import { systemClock, type UpstreamClock } from './clock.js';
import { callDeadline, DeadlineScope } from './deadline.js';
import { statusToDomainError, UpstreamStatusError } from './errors.js';
import { AttemptFailure, badResponseFailure, statusFailure, thrownFailure } from './failure.js';
import { RateLimiter, RateLimitWaitError } from './rate-limiter.js';
import { decodeBody } from './response.js';
import { backoffDelay, isRetrySafe, RetryBudget } from './retry.js';
import { createPool, exchange } from './transport.js';
import {
  DEFAULT_BREAKER,
  DEFAULT_MAX_QUEUE,
  DEFAULT_RETRY,
  type CallContext,
  type RetrySettings,
  type UpstreamCallHook,
  type UpstreamObserver,
  type UpstreamHealth,
  type UpstreamRequest,
  type UpstreamSettings,
} from './types.js';

export { statusToDomainError } from './errors.js';
export type { UpstreamRequest } from './types.js';

/** A circuit transition of one account, for logs and metrics. */
export type AccountStateChange = CircuitStateChange & { account: AccountRef };

/** What tests and observers inject: time, randomness (backoff jitter) and a circuit-state hook. */
export interface UpstreamClientOptions {
  clock?: UpstreamClock;
  random?: () => number;
  onStateChange?: (change: AccountStateChange) => void;
  /** Told of waits for the rate limit (metrics). */
  observer?: UpstreamObserver;
}

/**
 * The one HTTP layer to a provider account. Each call gets a deadline (the request's, capped by the
 * account's total budget) and goes, per attempt, through the circuit breaker (fail fast while open),
 * the bulkhead (bounded concurrency and queue), the rate limiter (configured rate and Retry-After
 * pauses), then one pooled HTTP exchange whose 2xx body is checked against the wire schema. Safe calls
 * (GET, or marked idempotent) are retried on transport errors, timeouts, 502/503/504 and 429, with
 * full-jitter backoff, within the retry budget and never past the deadline.
 */
export class UpstreamClient {
  private readonly pool: Pool;
  private readonly clock: UpstreamClock;
  private readonly random: () => number;
  private readonly retry: RetrySettings;
  private readonly budget: RetryBudget;
  private readonly breaker: CircuitBreaker;
  private readonly limiter: RateLimiter;
  private readonly bulkhead: Bulkhead;
  private readonly observer: UpstreamObserver | undefined;
  private lastErrorCode: string | null = null;
  private lastLatencyMs: number | null = null;

  constructor(
    readonly account: AccountRef,
    private readonly settings: UpstreamSettings,
    private readonly onCall: UpstreamCallHook = () => undefined,
    options: UpstreamClientOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.observer = options.observer;
    this.random = options.random ?? Math.random;
    this.retry = { ...DEFAULT_RETRY, ...settings.retry };
    this.budget = new RetryBudget(this.retry.budgetRatio, this.retry.budgetCap);
    this.breaker = new CircuitBreaker({ ...DEFAULT_BREAKER, ...settings.breaker }, this.clock, (change) =>
      options.onStateChange?.({ ...change, account }),
    );
    this.limiter = new RateLimiter(settings.rateLimit, this.clock);
    this.bulkhead = new Bulkhead(
      settings.maxConcurrent ?? settings.connections,
      settings.maxQueue ?? DEFAULT_MAX_QUEUE,
    );
    this.pool = createPool(settings);
  }

  /** Sends the request and returns the validated body; throws a DomainError or an UpstreamStatusError. */
  async request<T>(request: UpstreamRequest<T>, context: CallContext = {}): Promise<T> {
    const deadline = callDeadline(this.clock.now(), this.settings.timeouts.totalMs, context.deadline);
    const scope = new DeadlineScope(deadline, this.clock, context.signal);
    const safe = isRetrySafe(request);
    this.budget.earn();
    try {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await this.attempt(request, context, scope, attempt);
        } catch (thrown) {
          const failure = thrownFailure(this.account, thrown, scope);
          const wait = safe ? this.retryWait(failure, attempt, scope) : undefined;
          if (wait === undefined) throw failure.error;
          await this.clock.sleep(wait, scope.signal).catch((aborted: unknown) => {
            throw thrownFailure(this.account, aborted, scope).error;
          });
        }
      }
    } finally {
      scope.dispose();
    }
  }

  /** Circuit state, last error and latency, and any Retry-After pause of this account. */
  health(): UpstreamHealth {
    const openUntil = this.breaker.openUntilMs;
    const pausedUntil = this.limiter.pausedUntilMs();
    return {
      state: this.breaker.state,
      lastErrorCode: this.lastErrorCode,
      lastLatencyMs: this.lastLatencyMs,
      openUntil: openUntil === null ? null : new Date(openUntil),
      rateLimitedUntil: pausedUntil === null ? null : new Date(pausedUntil),
    };
  }

  /** Closes the account's sockets. */
  close(): Promise<void> {
    return this.pool.close();
  }

  private async attempt<T>(
    request: UpstreamRequest<T>,
    context: CallContext,
    scope: DeadlineScope,
    attempt: number,
  ): Promise<T> {
    const permit = this.breaker.tryAcquire();
    if (!permit) throw this.circuitOpen();
    const release = await this.admit(permit, scope);
    const startedAt = this.clock.now();
    const started = performance.now();
    let status: number | null = null;
    let providerRequestId: string | null = null;
    try {
      const answer = await exchange(this.pool, this.settings.baseUrl, request, {
        signal: scope.signal,
        requestId: context.requestId,
        maxBodyBytes: this.settings.maxBodyBytes,
        headersMs: this.settings.timeouts.headersMs,
        bodyMs: this.settings.timeouts.bodyMs,
        account: this.account,
      });
      ({ status, providerRequestId } = answer);
      if (status < 200 || status >= 300) {
        const failure = statusFailure(this.account, answer);
        if (failure.retryAfterMs !== null) this.limiter.pause(this.clock.now() + failure.retryAfterMs);
        throw failure;
      }
      const decoded = decodeBody(request, answer.text, answer.contentType);
      if (!decoded.ok) throw badResponseFailure(this.account, decoded.reason, providerRequestId);
      this.settle(permit, 'success', performance.now() - started, null);
      this.onCall(this.call(request, context, { status, startedAt, started, attempt, providerRequestId }));
      return decoded.data;
    } catch (thrown) {
      const failure = thrownFailure(this.account, thrown, scope);
      const code =
        failure.error instanceof UpstreamStatusError ? statusToDomainError(failure.error).code : failure.error.code;
      this.settle(permit, failure.verdict, performance.now() - started, code);
      this.onCall(this.call(request, context, { status, startedAt, started, attempt, providerRequestId, code }));
      throw failure;
    } finally {
      release();
    }
  }

  /** Waits for a bulkhead slot and the rate limiter; a refusal frees the breaker permit and is final. */
  private async admit(permit: BreakerPermit, scope: DeadlineScope): Promise<() => void> {
    let release: (() => void) | undefined;
    try {
      release = await this.bulkhead.acquire(scope.signal);
      const paused = this.limiter.pausedUntilMs() !== null;
      const waitStart = this.clock.now();
      await this.limiter.acquire(scope.deadline, scope.signal);
      const waited = this.clock.now() - waitStart;
      if (waited > 0) this.observer?.rateLimitWaited?.(this.account, waited, paused);
      return release;
    } catch (error) {
      release?.();
      this.breaker.onAbandoned(permit);
      if (error instanceof BulkheadFullError) {
        throw new AttemptFailure(
          new ProviderUnavailableError(this.account, 'too many calls waiting'),
          false,
          'abandoned',
        );
      }
      if (error instanceof RateLimitWaitError) {
        const why = error.paused ? 'paused after the provider asked to slow down' : 'request rate used up';
        const refusal = new ProviderRateLimitedError(
          this.account,
          Math.ceil(error.waitMs / 1000),
          `rate limited (${why})`,
        );
        throw new AttemptFailure(refusal, false, 'abandoned');
      }
      throw thrownFailure(this.account, error, scope);
    }
  }

  /** The wait before the next attempt, or undefined when this failure is final. */
  private retryWait(failure: AttemptFailure, attempt: number, scope: DeadlineScope): number | undefined {
    if (!failure.retryable || attempt >= this.retry.maxAttempts) return undefined;
    const { retryAfterMs } = failure;
    if (retryAfterMs !== null && retryAfterMs > this.retry.maxRetryAfterMs) return undefined;
    const wait = retryAfterMs ?? backoffDelay(attempt, this.retry, this.random);
    if (this.clock.now() + wait >= scope.deadline) return undefined;
    if (!this.budget.trySpend()) return undefined;
    // After a 429 the rate limiter's pause holds the retry back until Retry-After.
    return retryAfterMs === null ? wait : 0;
  }

  private settle(permit: BreakerPermit, verdict: AttemptFailure['verdict'], latencyMs: number, code: string | null) {
    if (verdict === 'success') this.breaker.onSuccess(permit);
    else if (verdict === 'failure') this.breaker.onFailure(permit);
    else this.breaker.onAbandoned(permit);
    if (verdict !== 'abandoned') this.lastLatencyMs = Math.round(latencyMs);
    if (code !== null) this.lastErrorCode = code;
  }

  private circuitOpen(): AttemptFailure {
    const until = this.breaker.openUntilMs;
    const message =
      until === null
        ? 'circuit half-open (a probe is in flight): not called'
        : `circuit open until ${new Date(until).toISOString()}: not called`;
    return new AttemptFailure(new ProviderUnavailableError(this.account, message), false, 'abandoned');
  }

  private call(
    request: UpstreamRequest<unknown>,
    context: CallContext,
    facts: {
      status: number | null;
      startedAt: number;
      started: number;
      attempt: number;
      providerRequestId: string | null;
      code?: string;
    },
  ) {
    return {
      account: this.account,
      method: request.method,
      endpoint: request.endpoint,
      status: facts.status,
      startedAt: facts.startedAt,
      durationMs: performance.now() - facts.started,
      attempt: facts.attempt,
      ...(facts.code ? { errorCode: facts.code } : {}),
      ...(context.requestId ? { requestId: context.requestId } : {}),
      ...(facts.providerRequestId ? { providerRequestId: facts.providerRequestId } : {}),
    };
  }
}
