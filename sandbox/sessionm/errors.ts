import { json, type SandboxResponse } from '../kit/router.js';

/** Error codes the simulator emits, lowercase snake_case as the platform's clients compare them. */
export type SessionMErrorCode =
  | 'access_denied'
  | 'invalid_api_key'
  | 'invalid_auth_token'
  | 'user_not_found'
  | 'no_campaign_found'
  | 'no_active_campaign_found'
  | 'not_found'
  | 'not_available'
  | 'validation'
  | 'missing_data'
  | 'argument_error'
  | 'user_ineligible_for_campaign'
  | 'opt_in_not_started'
  | 'opt_in_ended'
  | 'opt_in_limit_reached'
  | 'opt_in_error';

/** The documented error envelope: `{status: "error", errors: {code, message?}}`. */
export function failure(httpStatus: number, code: SessionMErrorCode, message?: string): SandboxResponse {
  return json(httpStatus, { status: 'error', errors: { code, ...(message !== undefined ? { message } : {}) } });
}

/** The documented success envelope: `{status: "ok", ...payload}`. */
export function ok(payload: Record<string, unknown>): SandboxResponse {
  return json(200, { status: 'ok', ...payload });
}

/** A method error the platform answers with HTTP 200 and `status: "error"`. */
export function methodError(code: SessionMErrorCode, message?: string): SandboxResponse {
  return failure(200, code, message);
}

/** Unknown customer in the path. */
export const USER_NOT_FOUND = failure(404, 'user_not_found', 'No customer was found for the specified ID.');
/** Unknown campaign on the progress and opt-in paths. */
export const NO_CAMPAIGN_FOUND = failure(404, 'no_campaign_found', 'No campaign was found for the specified ID.');
/** Unknown campaign on the info path. */
export const NO_ACTIVE_CAMPAIGN_FOUND = failure(
  404,
  'no_active_campaign_found',
  'No campaign was found for the specified ID.',
);
/** An undocumented path. */
export const ROUTE_NOT_FOUND = failure(404, 'not_found', 'Not found.');
