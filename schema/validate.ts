import type { z } from 'zod';
import { ValidationError } from '../src/domain/errors.js';

/** Parses GraphQL input with a zod schema; failures become one ValidationError naming every bad field. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown, root: string): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    parsed.error.issues.map((issue) => ({ path: [root, ...issue.path.map(String)], message: issue.message })),
  );
}
