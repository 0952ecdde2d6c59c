import type { AccountRef, Capability, ProviderId } from './provider.js';
import type { CampaignAction, CampaignStatus } from './status.js';

/** Stable machine-readable codes; clients switch on these, never on messages. */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'INVALID_TRANSITION'
  | 'UNSUPPORTED_OPERATION'
  | 'IDEMPOTENCY_CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'PROVIDER_REJECTED'
  | 'PROVIDER_UNAVAILABLE'
  | 'PROVIDER_TIMEOUT'
  | 'PROVIDER_RATE_LIMITED'
  | 'PROVIDER_BAD_RESPONSE'
  | 'PROVIDER_AUTH_FAILED'
  | 'STATE_UNAVAILABLE'
  | 'OPT_IN_REFUSED';

/** Base of every expected failure: a code and a message safe to show a client. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** One problem with an input value, located by its path. */
export interface FieldIssue {
  path: string[];
  message: string;
}

/** Input did not pass validation; nothing was sent anywhere. */
export class ValidationError extends DomainError {
  readonly code = 'VALIDATION';
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; '));
  }
}

/** The object does not exist, or belongs to someone else (the two are never told apart). */
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly typeName: string,
    readonly id: string,
  ) {
    super(`${typeName} ${id} was not found`);
  }
}

/** The status machine (or the provider) does not allow this action from the current status. */
export class InvalidTransitionError extends DomainError {
  readonly code = 'INVALID_TRANSITION';
  constructor(
    readonly action: CampaignAction,
    readonly currentStatus: CampaignStatus,
    readonly allowedFrom: readonly CampaignStatus[],
    readonly providerReason?: string,
  ) {
    super(
      `cannot ${action.toLowerCase()} a campaign that is ${currentStatus}` +
        (allowedFrom.length ? ` (allowed from ${allowedFrom.join(', ')})` : '') +
        (providerReason ? `: ${providerReason}` : ''),
    );
  }
}

/** The provider has no API for this operation; the provider was not called. */
export class UnsupportedOperationError extends DomainError {
  readonly code = 'UNSUPPORTED_OPERATION';
  constructor(
    readonly provider: ProviderId,
    readonly operation: Capability,
  ) {
    super(`${provider} does not support ${operation}`);
  }
}

/** The idempotency key was used before with a different input. */
export class IdempotencyConflictError extends DomainError {
  readonly code = 'IDEMPOTENCY_CONFLICT';
  constructor(
    readonly key: string,
    readonly inProgress = false,
  ) {
    super(
      inProgress
        ? `a request with idempotency key "${key}" is still in progress; retry later`
        : `idempotency key "${key}" was already used with a different input`,
    );
  }
}

/** Base of failures that come from a provider account. */
export abstract class ProviderError extends DomainError {
  constructor(
    readonly account: AccountRef,
    message: string,
  ) {
    super(`${account.provider} (${account.account}): ${message}`);
  }
}

/** The provider understood the request and refused it for a business reason. */
export class ProviderRejectedError extends ProviderError {
  readonly code = 'PROVIDER_REJECTED';
  constructor(
    account: AccountRef,
    readonly reason: string,
    readonly status: number,
  ) {
    super(account, `refused: ${reason}`);
  }
}

/** The provider could not be reached or answered 5xx, or its circuit is open. */
export class ProviderUnavailableError extends ProviderError {
  readonly code = 'PROVIDER_UNAVAILABLE';
}

/** The provider did not answer within its timeout or the request's deadline. */
export class ProviderTimeoutError extends ProviderError {
  readonly code = 'PROVIDER_TIMEOUT';
}

/** The provider asked us to slow down; `retryAfterSeconds` when it said how long. */
export class ProviderRateLimitedError extends ProviderError {
  readonly code = 'PROVIDER_RATE_LIMITED';
  constructor(
    account: AccountRef,
    readonly retryAfterSeconds: number | null,
    message = 'rate limited',
  ) {
    super(account, message);
  }
}

/** The provider's answer was not what its documentation says (not JSON, wrong shape, too large). */
export class ProviderBadResponseError extends ProviderError {
  readonly code = 'PROVIDER_BAD_RESPONSE';
  constructor(
    account: AccountRef,
    message: string,
    /** The provider's own request id (`x-request-id`), kept for the log line; null when it sent none. */
    readonly providerRequestId: string | null = null,
  ) {
    super(account, message);
  }
}

/** The provider refused the account's credentials. */
export class ProviderAuthFailedError extends ProviderError {
  readonly code = 'PROVIDER_AUTH_FAILED';
}

/**
 * The gateway's shared state (Redis) is unreachable. Idempotent mutations fail closed on it rather than
 * risk a second send; nothing was sent.
 */
export class StateUnavailableError extends DomainError {
  readonly code = 'STATE_UNAVAILABLE';
}

/** The API key lacks the scope this field needs (`scope`, e.g. `campaigns:send`); nothing was called. */
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(readonly scope: string) {
    super(`This API key lacks the scope ${scope}.`);
  }
}
