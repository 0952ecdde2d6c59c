import { z } from 'zod';

/**
 * A date-time string turned into a Date by `parse`, which runs once per value (a refine followed by a
 * transform would parse every date twice); a value it cannot parse is the issue "must be a date-time".
 */
export function wireDateTime(parse: (value: string) => Date) {
  return z.string().transform((value, context) => {
    const date = parse(value);
    if (!Number.isNaN(date.getTime())) return date;
    context.issues.push({ code: 'custom', message: 'must be a date-time', input: value });
    return z.NEVER;
  });
}
