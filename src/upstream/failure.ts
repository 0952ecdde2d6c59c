import { errors as undiciErrors } from 'undici';
import {
  ProviderBadResponseError,
  ProviderTimeoutError,
  ProviderUnavailableError,
  type DomainError,
} from '../domain/errors.js';
import type { AccountRef } from '../domain/provider.js';
import type { DeadlineScope } from './deadline.js';
import { UpstreamStatusError } from './errors.js';
import { BodyTooLargeError, parseErrorBody } from './response.js';
import { isRetryableStatus } from './retry.js';
import { AttemptTimeoutError, type Answer } from './transport.js';

/** How an attempt counts for the circuit breaker: only transport failures, timeouts and 5xx are failures. */
export type BreakerVerdict = 'failure' | 'success' | 'abandoned';

/** One attempt that produced no data: the error the caller gets if it is the last one, and what it means. */
export class AttemptFailure extends Error {
  override readonly name = 'AttemptFailure';
  constructor(
    readonly error: UpstreamStatusError | DomainError,
    /** A repeat might succeed (still only for retry-safe requests). */
    readonly retryable: boolean,
    readonly verdict: BreakerVerdict,
    /** The provider's Retry-After, in ms, when it gave one. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(error.message);
  }
}

/** A non-2xx answer. */
export function statusFailure(account: AccountRef, answer: Answer): AttemptFailure {
  const { status } = answer;
  const error = new UpstreamStatusError(
    account,
    status,
    parseErrorBody(answer.text),
    answer.retryAfterSeconds,
    answer.providerRequestId,
  );
  const retryAfterMs = status === 429 && answer.retryAfterSeconds !== null ? answer.retryAfterSeconds * 1000 : null;
  return new AttemptFailure(error, isRetryableStatus(status), status >= 500 ? 'failure' : 'success', retryAfterMs);
}

/** A 2xx answer whose body is not what the provider documents. */
export function badResponseFailure(account: AccountRef, reason: string, providerRequestId: string | null) {
  return new AttemptFailure(new ProviderBadResponseError(account, reason, providerRequestId), false, 'success');
}

/** Anything thrown while sending or reading: too large, deadline, cancellation, timeouts, transport. */
export function thrownFailure(account: AccountRef, thrown: unknown, scope: DeadlineScope): AttemptFailure {
  if (thrown instanceof AttemptFailure) return thrown;
  if (thrown instanceof BodyTooLargeError) {
    return badResponseFailure(account, thrown.message, thrown.providerRequestId);
  }
  if (scope.expired) {
    return new AttemptFailure(
      new ProviderTimeoutError(account, 'did not answer before the deadline'),
      false,
      'failure',
    );
  }
  if (scope.cancelled) {
    return new AttemptFailure(
      new ProviderTimeoutError(account, 'the request was cancelled before the provider answered'),
      false,
      'abandoned',
    );
  }
  if (isTimeout(thrown)) {
    return new AttemptFailure(new ProviderTimeoutError(account, 'did not answer in time'), true, 'failure');
  }
  return new AttemptFailure(new ProviderUnavailableError(account, 'could not be reached'), true, 'failure');
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof undiciErrors.ConnectTimeoutError ||
    error instanceof undiciErrors.HeadersTimeoutError ||
    error instanceof undiciErrors.BodyTimeoutError ||
    error instanceof AttemptTimeoutError
  );
}
