import type { RetrySettings, UpstreamRequest } from './types.js';

/** A call may be repeated only when repeating it cannot act twice: GET, or a request marked idempotent. */
export function isRetrySafe(request: Pick<UpstreamRequest<unknown>, 'method' | 'idempotent'>): boolean {
  return request.method === 'GET' || request.idempotent === true;
}

/** Statuses that mean "try again": gateway errors, overload and rate limits. 500 and other 4xx are final. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 502 || status === 503 || status === 504;
}

/** The wait before retry `retry` (1-based): full jitter over an exponentially growing, capped window. */
export function backoffDelay(retry: number, settings: RetrySettings, random: () => number): number {
  const window = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * window);
}

/**
 * A token bucket of retries per account: every first attempt earns `ratio` of a token (capped), every
 * retry spends a whole one. Under a persistent fault retries therefore add at most ~`ratio` extra load.
 */
export class RetryBudget {
  /** Kept in thousandths of a token, so ten earnings of 0.1 make exactly one. */
  private milli: number;
  private readonly earnMilli: number;
  private readonly capMilli: number;

  constructor(ratio: number, cap: number) {
    this.earnMilli = Math.round(ratio * MILLI);
    this.capMilli = Math.round(cap * MILLI);
    this.milli = this.capMilli;
  }

  /** Called once per call, on its first attempt. */
  earn(): void {
    this.milli = Math.min(this.capMilli, this.milli + this.earnMilli);
  }

  /** Spends a token for one retry; false when the budget is spent (do not retry). */
  trySpend(): boolean {
    if (this.milli < MILLI) return false;
    this.milli -= MILLI;
    return true;
  }

  /** Tokens left, for health and tests. */
  get balance(): number {
    return this.milli / MILLI;
  }
}

const MILLI = 1000;
