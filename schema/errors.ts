import type { DomainError } from '../src/domain/errors.js';
import {
  IdempotencyConflictError,
  InvalidTransitionError,
  NotFoundError,
  ProviderBadResponseError,
  ProviderRateLimitedError,
  ProviderRejectedError,
  ProviderTimeoutError,
  ProviderUnavailableError,
  StateUnavailableError,
  UnsupportedOperationError,
  ValidationError,
  type FieldIssue,
} from '../src/domain/errors.js';
import { builder } from './builder.js';
import { CampaignActionEnum, CampaignStatusEnum, CapabilityEnum, ProviderIdEnum } from './enums.js';

/** Every typed error: a message for people and a stable code for programs. */
export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'An expected failure. Switch on `__typename` or `code`, never on `message`.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.exposeString('code'),
  }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'One invalid input value and why.',
  fields: (t) => ({
    path: t.exposeStringList('path', { description: 'Where the value is, e.g. ["input", "phones", "0"].' }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input was invalid; nothing was sent to any provider.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ fields: t.field({ type: [FieldIssueRef], resolve: (error) => error.issues }) }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ typeName: t.exposeString('typeName'), id: t.exposeID('id') }),
});

builder.objectType(InvalidTransitionError, {
  name: 'InvalidTransitionError',
  description: 'The campaign cannot take this action from its current status.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    action: t.expose('action', { type: CampaignActionEnum }),
    currentStatus: t.expose('currentStatus', { type: CampaignStatusEnum }),
    allowedFrom: t.expose('allowedFrom', { type: [CampaignStatusEnum] }),
    providerReason: t.exposeString('providerReason', { nullable: true }),
  }),
});

builder.objectType(UnsupportedOperationError, {
  name: 'UnsupportedOperationError',
  description: 'The provider has no API for this; it was not called.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    provider: t.expose('provider', { type: ProviderIdEnum }),
    operation: t.expose('operation', { type: CapabilityEnum }),
  }),
});

builder.objectType(IdempotencyConflictError, {
  name: 'IdempotencyConflictError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ key: t.exposeString('key') }),
});

builder.objectType(ProviderRejectedError, {
  name: 'ProviderRejectedError',
  description: 'The provider refused the request for a business reason, given in `reason`.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    provider: t.field({ type: ProviderIdEnum, resolve: (error) => error.account.provider }),
    reason: t.exposeString('reason'),
  }),
});

builder.objectType(ProviderRateLimitedError, {
  name: 'RateLimitedError',
  description: 'The provider asked the gateway to slow down; retry after `retryAfter` seconds when given.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    provider: t.field({ type: ProviderIdEnum, resolve: (error) => error.account.provider }),
    retryAfter: t.exposeInt('retryAfterSeconds', { nullable: true }),
  }),
});

builder.objectType(ProviderUnavailableError, {
  name: 'ProviderUnavailableError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ provider: t.field({ type: ProviderIdEnum, resolve: (error) => error.account.provider }) }),
});

builder.objectType(ProviderTimeoutError, {
  name: 'ProviderTimeoutError',
  description: 'The provider did not answer in time; whether it acted is unknown, so check before repeating.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ provider: t.field({ type: ProviderIdEnum, resolve: (error) => error.account.provider }) }),
});

builder.objectType(ProviderBadResponseError, {
  name: 'ProviderBadResponseError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ provider: t.field({ type: ProviderIdEnum, resolve: (error) => error.account.provider }) }),
});

builder.objectType(StateUnavailableError, {
  name: 'StateUnavailableError',
  description: 'The gateway could not reach its shared state, so it did not act (nothing was sent). Retry later.',
  interfaces: [ErrorInterface],
});

/** The errors every mutation that reaches a provider may answer. */
export const PROVIDER_ERRORS = [
  StateUnavailableError,
  ProviderRejectedError,
  ProviderRateLimitedError,
  ProviderUnavailableError,
  ProviderTimeoutError,
  ProviderBadResponseError,
];

/** The errors of a lifecycle mutation on an existing campaign. */
export const LIFECYCLE_ERRORS = [
  ValidationError,
  NotFoundError,
  InvalidTransitionError,
  UnsupportedOperationError,
  IdempotencyConflictError,
  ...PROVIDER_ERRORS,
];
