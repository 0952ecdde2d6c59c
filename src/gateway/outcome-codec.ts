import type { DomainError } from '../domain/errors.js';
import {
  IdempotencyConflictError,
  InvalidTransitionError,
  NotFoundError,
  ProviderAuthFailedError,
  ProviderBadResponseError,
  ProviderError,
  ProviderRateLimitedError,
  ProviderRejectedError,
  ProviderTimeoutError,
  ProviderUnavailableError,
  StateUnavailableError,
  UnsupportedOperationError,
  ValidationError,
  type FieldIssue,
} from '../domain/errors.js';
import type { AccountRef, Capability, ProviderId } from '../domain/provider.js';
import type { CampaignAction, CampaignStatus } from '../domain/status.js';
import { optInRefusal, type OptInRefusal } from '../domain/sessionm.js';

/** The fields an error is stored with (only this module writes them). */
interface StoredError {
  code: string;
  message: string;
  issues: FieldIssue[];
  typeName: string;
  id: string;
  action: CampaignAction;
  currentStatus: CampaignStatus;
  allowedFrom: CampaignStatus[];
  providerReason?: string;
  provider: ProviderId;
  operation: Capability;
  key: string;
  inProgress: boolean;
  account: AccountRef;
  reason: string;
  status: number;
  retryAfterSeconds: number | null;
  campaignId?: string;
}

/** A mutation's outcome as stored for idempotent replay: its value, or the typed error it answered. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: DomainError };

/** Encodes an outcome as JSON text; dates survive the round trip. */
export function encodeOutcome<T>(outcome: Outcome<T>): string {
  const body = outcome.ok ? { ok: true, value: outcome.value } : { ok: false, error: errorFields(outcome.error) };
  return JSON.stringify(body, function replace(this: Record<string, unknown>, key: string, value: unknown) {
    const original = this[key];
    return original instanceof Date ? { $date: original.toISOString() } : value;
  });
}

/** Decodes what `encodeOutcome` wrote back into values and error classes. */
export function decodeOutcome<T>(text: string): Outcome<T> {
  const raw = JSON.parse(text, (_key, value: unknown) => (isDate(value) ? new Date(value.$date) : value)) as
    { ok: true; value: T } | { ok: false; error: StoredError };
  return raw.ok ? raw : { ok: false, error: reviveError(raw.error) };
}

function isDate(value: unknown): value is { $date: string } {
  return typeof value === 'object' && value !== null && typeof (value as { $date?: unknown }).$date === 'string';
}

function errorFields(error: DomainError): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...error, code: error.code, message: error.message };
  if (error instanceof ProviderError) fields['account'] = error.account;
  return fields;
}

/** Rebuilds the error class from its stored fields (the message is rebuilt the same way it was first written). */
function reviveError(f: StoredError): DomainError {
  const account = f.account;
  const detail = f.message.replace(/^[^:]*\): /, '');
  switch (f.code) {
    case 'VALIDATION':
      return new ValidationError(f.issues);
    case 'NOT_FOUND':
      return new NotFoundError(f.typeName, f.id);
    case 'INVALID_TRANSITION':
      return new InvalidTransitionError(f.action, f.currentStatus, f.allowedFrom, f.providerReason);
    case 'UNSUPPORTED_OPERATION':
      return new UnsupportedOperationError(f.provider, f.operation);
    case 'IDEMPOTENCY_CONFLICT':
      return new IdempotencyConflictError(f.key, f.inProgress);
    case 'PROVIDER_REJECTED':
      return new ProviderRejectedError(account, f.reason, f.status);
    case 'PROVIDER_RATE_LIMITED':
      return new ProviderRateLimitedError(account, f.retryAfterSeconds, detail);
    case 'PROVIDER_TIMEOUT':
      return new ProviderTimeoutError(account, detail);
    case 'PROVIDER_BAD_RESPONSE':
      return new ProviderBadResponseError(account, detail);
    case 'PROVIDER_AUTH_FAILED':
      return new ProviderAuthFailedError(account, detail);
    case 'OPT_IN_REFUSED':
      return optInRefusal(f.reason as OptInRefusal, f.campaignId ?? '', f.providerReason ?? '');
    case 'STATE_UNAVAILABLE':
      return new StateUnavailableError(f.message);
    default:
      return new ProviderUnavailableError(account, detail);
  }
}
