import type { z } from 'zod';
import type { AccountRef } from '../domain/provider.js';
import type { CircuitState } from './breaker.js';

/** Timeouts for one provider account, in milliseconds. */
export interface UpstreamTimeouts {
  connectMs: number;
  /** Time to the response headers, per attempt. */
  headersMs: number;
  /** Longest pause between body chunks, per attempt. */
  bodyMs: number;
  /** Ceiling of one call, retries and waits included. */
  totalMs: number;
}

/** How safe calls are retried; the budget keeps retries to a share of first attempts. */
export interface RetrySettings {
  /** Attempts per call, the first included (1 = never retry). */
  maxAttempts: number;
  /** Backoff before retry n is a random wait in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))] (full jitter). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest Retry-After the client waits out itself; a longer one is answered as rate limited. */
  maxRetryAfterMs: number;
  /** Retry tokens earned per first attempt (0.1 = at most ~10% extra load). */
  budgetRatio: number;
  /** Most retry tokens an account can save up (and what it starts with). */
  budgetCap: number;
}

/** When an account's circuit opens: a failure rate over a rolling window, with enough calls to judge. */
export interface BreakerSettings {
  /** Share of failed calls in the window that opens the circuit, 0..1. */
  failureRateThreshold: number;
  /** Fewest calls in the window before the rate is judged. */
  minimumCalls: number;
  windowMs: number;
  /** How long the circuit stays open before a single probe is let through. */
  coolDownMs: number;
}

/** A client-side token bucket per account: `requestsPerSecond` sustained, `burst` at once. */
export interface RateLimitSettings {
  requestsPerSecond: number;
  burst: number;
}

/** Settings of the HTTP layer for one provider account; the optional ones fall back to the defaults below. */
export interface UpstreamSettings {
  baseUrl: string;
  timeouts: UpstreamTimeouts;
  /** Sockets kept per account. */
  connections: number;
  /** Largest response body accepted, in bytes. */
  maxBodyBytes: number;
  retry?: Partial<RetrySettings>;
  breaker?: Partial<BreakerSettings>;
  /** No client-side rate when absent (a 429's Retry-After still pauses the account). */
  rateLimit?: RateLimitSettings;
  /** Calls in flight at once (the bulkhead's width); `connections` when absent. */
  maxConcurrent?: number;
  /** Calls waiting for a free slot; one more is refused at once. */
  maxQueue?: number;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One call to a provider. `endpoint` is the path template used for logs and metrics. */
export interface UpstreamRequest<T> {
  method: Method;
  path: string;
  endpoint: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** The documented shape of a 2xx body; anything else is PROVIDER_BAD_RESPONSE. */
  schema: z.ZodType<T>;
  /** `text` for CSV and log files; `json` (the default) parses the body first. */
  responseType?: 'json' | 'text';
  /**
   * The provider documents this non-GET call as free of side effects when repeated, so it may be retried.
   * Never set on a send.
   */
  idempotent?: boolean;
}

/** One HTTP exchange with a provider (an attempt), as the call hook (logs, metrics, tests) sees it. */
export interface UpstreamCall {
  account: AccountRef;
  method: string;
  /** The path template (e.g. "/api/campaigns/:id"), low-cardinality for metrics. */
  endpoint: string;
  status: number | null;
  /** When the attempt started (epoch ms). */
  startedAt?: number;
  durationMs: number;
  /** 1 for the first attempt, 2 for the first retry, ... */
  attempt?: number;
  errorCode?: string;
  requestId?: string;
  /** The provider's own request id (its `x-request-id` header), for finding the call in its logs. */
  providerRequestId?: string;
}

export type UpstreamCallHook = (call: UpstreamCall) => void;

/**
 * What the resilience layer reports besides each attempt (retries show as `UpstreamCall.attempt` > 1,
 * circuit transitions through `UpstreamClientOptions.onStateChange`): waits for the rate limit.
 */
export interface UpstreamObserver {
  /** A call waited `waitMs` before it was sent: for the configured rate, or a Retry-After pause (`paused`). */
  rateLimitWaited?(account: AccountRef, waitMs: number, paused: boolean): void;
}

/** How one provider account is doing, as `Provider.health` shows it. */
export interface UpstreamHealth {
  state: CircuitState;
  /** The code of the last failed call (e.g. PROVIDER_TIMEOUT), null before any failure. */
  lastErrorCode: string | null;
  /** How long the last answered call took. */
  lastLatencyMs: number | null;
  /** When an open circuit lets its next probe through. */
  openUntil: Date | null;
  /** The end of a pause the provider asked for with Retry-After. */
  rateLimitedUntil: Date | null;
}

/** Per-call context threaded from the GraphQL request: cancellation, deadline and correlation. */
export interface CallContext {
  signal?: AbortSignal;
  requestId?: string;
  /** When the GraphQL request must be answered (epoch ms); no provider call outlives it. */
  deadline?: number;
}

export const DEFAULT_TIMEOUTS: UpstreamTimeouts = {
  connectMs: 2_000,
  headersMs: 5_000,
  bodyMs: 5_000,
  totalMs: 10_000,
};

export const DEFAULT_RETRY: RetrySettings = {
  maxAttempts: 2,
  baseDelayMs: 100,
  maxDelayMs: 2_000,
  maxRetryAfterMs: 2_000,
  budgetRatio: 0.1,
  budgetCap: 5,
};

export const DEFAULT_BREAKER: BreakerSettings = {
  failureRateThreshold: 0.5,
  minimumCalls: 10,
  windowMs: 30_000,
  coolDownMs: 5_000,
};

export const DEFAULT_MAX_QUEUE = 100;
