import type { Money } from '../src/domain/money.js';
import { builder } from './builder.js';

/** An amount of money; the amount is a decimal string so no float rounding ever touches it. */
export const MoneyRef = builder.objectRef<Money>('Money').implement({
  description: 'A decimal amount (as a string, never a float) and its ISO 4217 currency.',
  fields: (t) => ({
    amount: t.exposeString('amount', { description: 'Decimal string, e.g. "199.99".' }),
    currency: t.exposeString('currency', { description: 'ISO 4217 code, e.g. "EUR".' }),
  }),
});
