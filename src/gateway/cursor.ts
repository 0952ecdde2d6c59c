import { z } from 'zod';
import { ValidationError } from '../domain/errors.js';

/** Where a merged listing stands: each provider account's own position, plus which are exhausted. */
export interface MergeCursor {
  /** A fingerprint of filter and order; a cursor is only valid for the listing that made it. */
  listing: string;
  /** Account key -> the adapter's cursor for its next item; null when that account is exhausted. */
  positions: Record<string, string | null>;
  /** Account key -> how many it matched when it last answered (null: it cannot tell), so totals stay exact on later pages. */
  totals: Record<string, number | null>;
  /** The local id of the campaign this cursor follows: paging back from the cursor leaves it out. */
  edge: string;
}

const cursorSchema = z.object({
  listing: z.string(),
  positions: z.record(z.string(), z.string().nullable()),
  totals: z.record(z.string(), z.number().int().nonnegative().nullable()).default({}),
  edge: z.string(),
});

/** Encodes a cursor as opaque base64url text. */
export function encodeCursor(cursor: MergeCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** Decodes a cursor made by `encodeCursor` for the same listing; anything else is a typed validation error. */
export function decodeCursor(text: string, listing: string, argument: string): MergeCursor {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    raw = undefined;
  }
  const parsed = cursorSchema.safeParse(raw);
  if (!parsed.success)
    throw new ValidationError([{ path: [argument], message: 'is not a cursor this gateway issued' }]);
  if (parsed.data.listing !== listing) {
    throw new ValidationError([{ path: [argument], message: 'belongs to a listing with another filter or order' }]);
  }
  return parsed.data;
}
