import type { z } from 'zod';
import { json } from '../kit/router.js';

/** 401 for a missing, unknown or expired bearer token (the platform's Laravel answer). */
export const UNAUTHENTICATED = json(401, { message: 'Unauthenticated.' });
/** 404 for an unknown campaign id, as BSG answers it for its other resources. */
export const NOT_FOUND = json(404, { message: 'Not Found' });
/** `TooManyRequestsResponse`: the duplicate-request guard of price and send endpoints. */
export const DUPLICATE_REQUEST = json(429, { message: 'Too many duplicate request detected' });
/** `CampaignStop422Response`: stop is allowed only from scheduled, sending, paused or moderation. */
export const INVALID_CAMPAIGN_STATUS = json(422, { message: 'Invalid campaign status', errors: [] });
/** `CampaignPrice422Response` for an unknown `tariff_code`. */
export const TARIFF_NOT_FOUND = json(422, { message: 'Tariff was not found', errors: [] });

/**
 * Zod's default wording replaced by the validator messages BSG answers ("This value …");
 * messages a schema sets itself (e.g. the documented phone length message) are kept.
 */
export function bsgMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? 'This value should not be blank.'
        : `This value should be of type ${issue.expected}.`;
    case 'too_small':
      if (issue.origin === 'string')
        return `This value is too short. It should have ${issue.minimum} characters or more.`;
      if (issue.origin === 'array') return `This collection should contain ${issue.minimum} element or more.`;
      return `This value should be greater than or equal to ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string')
        return `This value is too long. It should have ${issue.maximum} characters or less.`;
      if (issue.origin === 'array') return `This collection should contain ${issue.maximum} elements or less.`;
      return `This value should be less than or equal to ${issue.maximum}.`;
    case 'invalid_value':
      return 'The value you selected is not a valid choice.';
    case 'invalid_format':
      return 'This value is not valid.';
    case 'invalid_union':
      return 'This value is not valid.';
    default:
      return undefined;
  }
}

/** The 422 body of invalid data: field paths are joined without separators (`messages0phone`, `smssender`). */
export function validationFailure(error: z.ZodError) {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('') || 'body';
    (errors[key] ??= []).push(issue.message);
  }
  return json(422, { message: 'The given data was invalid.', errors });
}
