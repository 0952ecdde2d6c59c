import {
  ProviderAuthFailedError,
  ProviderRateLimitedError,
  ProviderRejectedError,
  ProviderUnavailableError,
  type DomainError,
} from '../domain/errors.js';
import type { AccountRef } from '../domain/provider.js';

/**
 * A provider answered with a non-2xx status. Adapters turn it into a domain error: first their own
 * documented refusals, then `statusToDomainError` for the generic ones.
 */
export class UpstreamStatusError extends Error {
  readonly code = 'UPSTREAM_STATUS';
  constructor(
    readonly account: AccountRef,
    readonly status: number,
    /** The parsed JSON body, or the raw text when it was not JSON. */
    readonly body: unknown,
    readonly retryAfterSeconds: number | null,
    /** The provider's own request id (`x-request-id`), when it sent one. */
    readonly providerRequestId: string | null = null,
  ) {
    super(`${account.provider} (${account.account}) answered HTTP ${status}`);
  }
}

/** Parses Retry-After in both forms the RFC allows (delta seconds or an HTTP date). */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | null {
  if (value === undefined || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  // An HTTP date names its day or month; bare numbers like "-3" are not dates, whatever Date.parse says.
  if (!/[a-z]{3}/i.test(value)) return null;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Maps the generic meaning of a provider's HTTP status to a domain error (adapters map their documented ones first). */
export function statusToDomainError(error: UpstreamStatusError, reason?: string): DomainError {
  const { account, status } = error;
  if (status === 401 || status === 403) return new ProviderAuthFailedError(account, 'refused the account credentials');
  if (status === 429) return new ProviderRateLimitedError(account, error.retryAfterSeconds);
  if (status >= 500) return new ProviderUnavailableError(account, `answered HTTP ${status}`);
  return new ProviderRejectedError(account, reason ?? `HTTP ${status}`, status);
}
