import { z } from 'zod';
import { json, type SandboxResponse } from '../kit/router.js';
import { parsePeachyCrontab } from './crontab.js';
import { PEACH_RUN_FILES, PEACH_RUN_STATUSES } from './state.js';

/** Peach's `AnyId` path pattern: a Peach id such as `BC-9BR3-GW8J`, a number, or `ext-<externalId>`. */
export const ANY_ID = /^ext-|^[A-Z][A-Z0-9]-[A-Z0-9]+-[A-Z0-9]+|^\d+/;

/** Peach's error body: `{"status": <code>, "message": "<text>"}`, with the code as HTTP status too. */
export function peachError(status: number, message: string): SandboxResponse {
  return json(status, { status, message });
}

/** A 400 listing every zod issue as `<path>: <message>`. */
export function validationError(error: z.ZodError): SandboxResponse {
  const text = error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
  return peachError(400, text);
}

/** Peach's 404 body, also its answer for an empty list. */
export const NOT_FOUND = (): SandboxResponse => peachError(404, 'Not found');

const optionalText = z.string().min(1).max(255).nullable().optional();

const redashQueryUrl = z
  .string()
  .regex(/^https?:\/\/[^/\s]+\/queries\/\d+\/?$/, 'must look like https://{YOUR_REDASH_DOMAIN}/queries/{QUERY_ID}')
  .nullable()
  .optional();

const schedule = z
  .string()
  .superRefine((value, context) => {
    const parsed = parsePeachyCrontab(value);
    if ('error' in parsed) context.addIssue({ code: 'custom', message: parsed.error });
  })
  .nullable()
  .optional();

const sftpSettings = z
  .strictObject({
    host: z.string().min(1),
    username: z.string().min(1),
    password: z.string().nullable().optional(),
    cdDir: z.string().nullable().optional(),
  })
  .nullable()
  .optional();

/** Body of create and update campaign: every documented field optional and nullable; unknown fields refused. */
export const campaignBody = z.strictObject({
  externalId: optionalText,
  redashQueryUrl,
  redashApiKey: z.string().max(255).nullable().optional(),
  schedule,
  contactExporterId: optionalText,
  bulkSenderId: optionalText,
  sftpSettings,
});
export type CampaignBody = z.infer<typeof campaignBody>;

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** Body of start run: optional rows replacing the Redash query results; each names its borrower. */
export const startRunBody = z
  .strictObject({
    queryResultsOverride: z
      .array(z.object({ borrowerId: z.number().int().positive() }).catchall(scalar))
      .max(10_000)
      .optional(),
  })
  .optional();

/** Body of update run: the status and file ids Peach's workers report. */
export const updateRunBody = z.strictObject({
  status: z.enum(PEACH_RUN_STATUSES).optional(),
  queryResultsFileId: optionalText,
  campaignInputFileId: optionalText,
  contactsOutputFileId: optionalText,
  logFileId: optionalText,
  borrowerCampaignId: z.string().optional(),
  availableFiles: z.array(z.enum(PEACH_RUN_FILES)).optional(),
});
export type UpdateRunBody = z.infer<typeof updateRunBody>;

/** Cursor paging parameters: `limit` 1..100 (default 25), `startingAfter` / `endingBefore` object ids. */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  startingAfter: z.string().min(1).optional(),
  endingBefore: z.string().min(1).optional(),
});
