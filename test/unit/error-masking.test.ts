import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { toGraphQLError } from '../../schema/error-format.js';
import { ForbiddenError } from '../../src/domain/errors.js';

describe('error masking', () => {
  it('shows an unexpected error as "Unexpected error." with the request id: no message, no stack', () => {
    const thrown = new TypeError('cannot read properties of undefined (reading "apiKey") at /srv/app.js:12');
    const masked = toGraphQLError(new GraphQLError(thrown.message, { originalError: thrown }), 'req-1');
    expect(masked.toJSON()).toEqual({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' },
    });
  });

  it('names the missing scope of a FORBIDDEN error', () => {
    const error = toGraphQLError(new ForbiddenError('campaigns:send'), 'req-2');
    expect(error.extensions).toEqual({ code: 'FORBIDDEN', requestId: 'req-2', scope: 'campaigns:send' });
  });
});
