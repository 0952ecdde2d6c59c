import { validateIdempotencyKey } from '../../src/gateway/idempotency.js';
import type { builder } from '../builder.js';

type ArgBuilder = Parameters<Parameters<typeof builder.mutationField>[1]>[0]['arg'];

/** The optional `idempotencyKey` argument every side-effecting mutation takes. */
export function idempotencyKeyArg(t: { arg: ArgBuilder }) {
  return t.arg.string({
    required: false,
    description:
      'Same key + same input within 24 h returns the first result without calling the provider again; ' +
      'same key + other input answers IdempotencyConflictError. Falls back to the Idempotency-Key header.',
  });
}

/** Validates a key: 1 to 255 visible ASCII characters. */
export function parseIdempotencyKey(key: string | null | undefined): string | null {
  return key == null ? null : validateIdempotencyKey(key, 'idempotencyKey');
}
