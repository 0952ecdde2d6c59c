import {
  NotFoundError,
  ProviderAuthFailedError,
  ProviderRejectedError,
  ValidationError,
  type FieldIssue,
} from '../../src/domain/errors.js';
import { optInRefusal, type CustomerKey, type OptInRefusal } from '../../src/domain/sessionm.js';
import { statusToDomainError } from '../../src/upstream/client.js';
import { UpstreamStatusError } from '../../src/upstream/errors.js';
import { SessionMRefusal } from './client.js';

/** What a failed call was about, so a refusal can name the missing object. */
export interface ErrorSubject {
  campaignId?: string;
  customer?: CustomerKey;
}

/** The documented opt-in refusals. */
const OPT_IN_CODES: Readonly<Record<string, OptInRefusal>> = {
  user_ineligible_for_campaign: 'CUSTOMER_INELIGIBLE',
  opt_in_not_started: 'NOT_STARTED',
  opt_in_ended: 'ENDED',
  opt_in_limit_reached: 'LIMIT_REACHED',
  opt_in_error: 'FAILED',
};

const CAMPAIGN_NOT_FOUND = new Set(['no_campaign_found', 'no_active_campaign_found', 'not_available']);
const AUTH_CODES = new Set(['invalid_api_key', 'access_denied', 'invalid_auth_token']);
const VALIDATION_CODES = new Set(['validation', 'missing_data', 'argument_error']);

/** SessionM attribute names -> the create input's field names. */
const INPUT_FIELDS: Readonly<Record<string, string>> = {
  name: 'name',
  status: 'status',
  starts_at: 'startsAt',
  ends_at: 'endsAt',
  external_id: 'externalId',
  permalink: 'externalId',
  campaign_type: 'campaignType',
  template: 'campaignType',
  optin_required: 'optInRequired',
  opt_in_starts_at: 'optInStartsAt',
  opt_in_ends_at: 'optInEndsAt',
  targeting: 'includeTags',
};

/**
 * Maps a failed call to a domain error: the documented codes first (opt-in refusals, unknown customer or
 * campaign, validation), then the generic meaning of the HTTP status. Codes compare case-insensitively.
 */
export function toDomainError(error: unknown, subject: ErrorSubject = {}): unknown {
  if (error instanceof UpstreamStatusError) return statusToDomainError(error);
  if (!(error instanceof SessionMRefusal)) return error;
  const campaignId = subject.campaignId ?? 'unknown';
  const refusal = OPT_IN_CODES[error.code];
  if (refusal) return optInRefusal(refusal, campaignId, error.reason);
  if (error.code === 'user_not_found') return new NotFoundError('Customer', subject.customer?.id ?? 'unknown');
  if (CAMPAIGN_NOT_FOUND.has(error.code) || (error.code === 'not_found' && subject.campaignId !== undefined)) {
    return new NotFoundError('Campaign', campaignId);
  }
  if (VALIDATION_CODES.has(error.code)) return new ValidationError(issuesOf(error));
  if (AUTH_CODES.has(error.code)) return new ProviderAuthFailedError(error.account, 'refused the account credentials');
  if (error.upstream) return statusToDomainError(error.upstream, error.reason);
  return new ProviderRejectedError(error.account, error.reason, error.httpStatus);
}

/** Reads "Validation failed: name has already been taken, ends_at must be after starts_at" into field issues. */
function issuesOf(error: SessionMRefusal): FieldIssue[] {
  const detail = error.reason.replace(/^validation failed:\s*/i, '');
  const issues = detail
    .split(/,\s+/)
    .map((part) => {
      const [first = '', ...rest] = part.split(' ');
      const field = INPUT_FIELDS[first];
      return field ? { path: ['input', field], message: rest.join(' ') } : undefined;
    })
    .filter((issue): issue is FieldIssue => issue !== undefined);
  return issues.length > 0 ? issues : [{ path: ['input'], message: error.reason }];
}
