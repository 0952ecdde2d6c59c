import { z } from 'zod';

/** Peach timestamps: ISO 8601 date-times (`2019-08-24T14:15:22Z`). */
export const peachDateTime = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

const nullableDate = peachDateTime
  .nullable()
  .optional()
  .transform((value) => value ?? null);

const nullableText = z
  .string()
  .nullable()
  .optional()
  .transform((value) => value ?? null);

/** A secret Peach echoes back: parsed only to learn whether one is set, then dropped. */
const echoedSecret = z
  .string()
  .nullable()
  .optional()
  .transform((value) => typeof value === 'string' && value.length > 0);

const sftpSettings = z
  .object({
    host: z.string(),
    username: z.string(),
    password: echoedSecret,
    cdDir: nullableText,
  })
  .transform(({ password, ...rest }) => ({ ...rest, hasPassword: password }));

/**
 * The documented campaign object. `redashApiKey` and `sftpSettings.password` are reduced to booleans here,
 * so no parsed value ever holds them.
 */
export const peachCampaign = z
  .object({
    id: z.string().min(1),
    createdAt: peachDateTime,
    updatedAt: nullableDate,
    deletedAt: nullableDate,
    externalId: nullableText,
    redashQueryUrl: nullableText,
    redashApiKey: echoedSecret,
    schedule: nullableText,
    contactExporterId: nullableText,
    bulkSenderId: nullableText,
    sftpSettings: sftpSettings.nullable().optional(),
  })
  .transform(({ redashApiKey, sftpSettings: sftp, ...rest }) => ({
    ...rest,
    hasRedashApiKey: redashApiKey,
    sftpSettings: sftp ?? null,
  }));
export type PeachCampaign = z.infer<typeof peachCampaign>;

/** The single-object envelope `{status, message, data}`. */
export const peachCampaignResponse = z.object({
  status: z.number().int(),
  message: z.string().optional(),
  data: peachCampaign,
});

/** The run object; samples show it bare (not enveloped) and without id or timestamps, which real runs carry. */
export const peachRun = z.object({
  id: z.string().min(1),
  status: z.string().min(1),
  borrowerCampaignId: z.string().min(1),
  availableFiles: z.array(z.string()).nullable().optional(),
  createdAt: nullableDate,
  updatedAt: nullableDate,
});
export type PeachRun = z.infer<typeof peachRun>;

/** The list envelope `{status, total, count, nextUrl, previousUrl, data}`. */
export function peachList<Item extends z.ZodType>(item: Item) {
  return z.object({
    status: z.number().int(),
    total: z.number().int().nonnegative(),
    count: z.number().int().nonnegative(),
    nextUrl: nullableText,
    previousUrl: nullableText,
    data: z.array(item),
  });
}

export const peachCampaignList = peachList(peachCampaign);
export const peachRunList = peachList(peachRun);

/** The error bodies Peach answers: `{status, message}`, `{error}` or problem details `{title, detail}`. */
export const peachError = z.object({
  status: z.number().int().optional(),
  message: z.string().optional(),
  error: z.string().optional(),
  title: z.string().optional(),
  detail: z.string().optional(),
});

/** Peach's `AnyId` path pattern: a Peach id such as `BO-9BR3-GW8J`, a number, or `ext-<externalId>`. */
export const PEACH_ANY_ID = /^ext-.+|^[A-Z][A-Z0-9]-[A-Z0-9]+-[A-Z0-9]+$|^\d+$/;

/** The `startingAfter` id a `nextUrl` points at (only the cursor is taken from it, never the host). */
export function startingAfterOf(nextUrl: string | null): string | null {
  if (!nextUrl) return null;
  try {
    return new URL(nextUrl, 'http://peach.invalid').searchParams.get('startingAfter');
  } catch {
    return null;
  }
}
