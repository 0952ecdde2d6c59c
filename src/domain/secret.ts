import { z } from 'zod';

const REDACTED = '[redacted]';

/** A credential that prints as "[redacted]" everywhere (logs, JSON, errors) and is read only by `reveal()`. */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The real value, for the one place that sends it to its provider. */
  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return REDACTED;
  }
}

/** A non-empty string that becomes a Secret. */
export const secretString = z
  .string()
  .min(1, 'must not be empty')
  .transform((value) => new Secret(value));
