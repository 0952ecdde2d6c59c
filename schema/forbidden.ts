import { ForbiddenError } from '../src/domain/errors.js';
import { builder } from './builder.js';
import { ErrorInterface } from './errors.js';

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: 'The API key lacks the scope this field needs; nothing was read or sent.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ scope: t.exposeString('scope', { description: 'The missing scope, e.g. `campaigns:send`.' }) }),
});
