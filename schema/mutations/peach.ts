import type { RequestGateway } from '../../src/gateway/campaigns.js';
import { z } from 'zod';
import {
  IdempotencyConflictError,
  NotFoundError,
  UnsupportedOperationError,
  ValidationError,
} from '../../src/domain/errors.js';
import type { PeachCampaignInput } from '../../src/domain/peach.js';
import { describePeachyCronIssue, parsePeachyCron } from '../../src/domain/peachy-cron.js';
import { Secret } from '../../src/domain/secret.js';
import { builder } from '../builder.js';
import { CampaignRef, parseCampaignId } from '../campaign.js';
import { PROVIDER_ERRORS } from '../errors.js';
import { RunNodeRef } from '../run.js';
import { parseInput } from '../validate.js';
import { idempotencyKeyArg, parseIdempotencyKey } from './idempotency-key.js';

const PEACH_ERRORS = [
  ValidationError,
  NotFoundError,
  UnsupportedOperationError,
  IdempotencyConflictError,
  ...PROVIDER_ERRORS,
];

const PeachSftpInput = builder.inputType('PeachSftpSettingsInput', {
  description: 'Where run files are uploaded. Replaces the whole setting: send the password again to keep one.',
  fields: (t) => ({
    host: t.string({ required: true, description: 'e.g. "sftp.acme.com:23"' }),
    username: t.string({ required: true }),
    password: t.string({ required: false, description: 'Write-only: never returned, never logged.' }),
    cdDir: t.string({ required: false }),
  }),
});

const peachFields = (t: PeachFieldBuilder) => ({
  externalId: t.string({ required: false, description: 'Your own id; the campaign is also addressable by it.' }),
  redashQueryUrl: t.string({ required: false, description: 'https://{YOUR_REDASH_DOMAIN}/queries/{QUERY_ID}' }),
  redashApiKey: t.string({ required: false, description: 'Write-only: never returned (see hasRedashApiKey).' }),
  schedule: t.string({ required: false, description: 'Peachy crontab, e.g. "P P * * 1-5"; null clears it.' }),
  contactExporterId: t.string({ required: false }),
  bulkSenderId: t.string({ required: false }),
  sftpSettings: t.field({ type: PeachSftpInput, required: false }),
});

type PeachFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

export const CreatePeachCampaignInput = builder.inputType('CreatePeachCampaignInput', {
  description: 'A Peach borrower campaign: a Redash query of borrowers, and what to do with them on each run.',
  fields: (t) => ({
    account: t.string({ required: false, description: 'Needed only when the tenant has several Peach accounts.' }),
    ...peachFields(t),
  }),
});

const UpdatePeachCampaignInput = builder.inputType('UpdatePeachCampaignInput', {
  description: 'Fields to change: absent fields stay as they are, null clears.',
  fields: (t) => peachFields(t),
});

const text = z.string().trim().min(1, 'must not be empty').max(255, 'at most 255 characters');
const secret = z
  .string()
  .min(1, 'must not be empty')
  .max(255, 'at most 255 characters')
  .transform((value) => new Secret(value));

const schedule = z.string().transform((value, ctx) => {
  const parsed = parsePeachyCron(value);
  if (parsed.ok) return parsed.cron.source;
  ctx.addIssue({ code: 'custom', message: describePeachyCronIssue(parsed.issue) });
  return z.NEVER;
});

const peachSchema = z.object({
  externalId: text.nullish(),
  redashQueryUrl: z
    .string()
    .regex(/^https?:\/\/[^/\s]+\/queries\/\d+\/?$/, 'must look like https://{YOUR_REDASH_DOMAIN}/queries/{QUERY_ID}')
    .nullish(),
  redashApiKey: secret.nullish(),
  schedule: schedule.nullish(),
  contactExporterId: text.nullish(),
  bulkSenderId: text.nullish(),
  sftpSettings: z
    .object({
      host: text,
      username: text,
      password: secret.nullish().transform((value) => value ?? null),
      cdDir: text.nullish().transform((value) => value ?? null),
    })
    .nullish(),
});

/** Keeps only the keys the caller sent (null included), so an update leaves the others alone. */
function toInput(parsed: z.output<typeof peachSchema>): PeachCampaignInput {
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as PeachCampaignInput;
}

builder.mutationField('createPeachCampaign', (t) =>
  t.field({
    deprecationReason: 'Use createCampaign(input: { peach: … }).',
    authScopes: (_root, args) => ({ scope: args.input.schedule ? 'campaigns:send' : 'campaigns:write' }),
    type: CampaignRef,
    description: 'Creates a Peach borrower campaign. Never retried by the gateway: a create happens once.',
    errors: { types: PEACH_ERRORS, dataField: { name: 'campaign' } },
    args: { input: t.arg({ type: CreatePeachCampaignInput, required: true }), idempotencyKey: idempotencyKeyArg(t) },
    resolve: (_root, args, { gateway }) =>
      createPeachCampaign(gateway, args.input, 'input', parseIdempotencyKey(args.idempotencyKey)),
  }),
);

builder.mutationField('updatePeachCampaign', (t) =>
  t.field({
    authScopes: (_root, args) => ({ scope: args.input.schedule ? 'campaigns:send' : 'campaigns:write' }),
    type: CampaignRef,
    description: 'Changes a Peach borrower campaign; setting or clearing `schedule` changes its status.',
    errors: { types: PEACH_ERRORS, dataField: { name: 'campaign' } },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdatePeachCampaignInput, required: true }),
      idempotencyKey: idempotencyKeyArg(t),
    },
    resolve: (_root, args, { gateway }) => {
      const input = toInput(parseInput(peachSchema, args.input, 'input'));
      return gateway.peach.updateCampaign(parseCampaignId(args.id), input, parseIdempotencyKey(args.idempotencyKey));
    },
  }),
);

builder.mutationField('schedulePeachCampaign', (t) =>
  t.field({
    authScopes: { scope: 'campaigns:send' },
    type: CampaignRef,
    description:
      'Sets the Peachy crontab a Peach campaign runs on (null: only on trigger). Peach picks the time of day.',
    errors: { types: PEACH_ERRORS, dataField: { name: 'campaign' } },
    args: {
      id: t.arg.id({ required: true }),
      schedule: t.arg.string({ required: false, description: 'e.g. "P P * * 1" for Mondays; null removes it.' }),
      idempotencyKey: idempotencyKeyArg(t),
    },
    resolve: (_root, args, { gateway }) => {
      const value = parseInput(z.object({ schedule: schedule.nullish() }), { schedule: args.schedule }, 'input');
      const ref = parseCampaignId(args.id);
      return gateway.peach.schedule(ref, value.schedule ?? null, parseIdempotencyKey(args.idempotencyKey));
    },
  }),
);

const ColumnInput = builder.inputType('QueryResultColumnInput', {
  fields: (t) => ({ name: t.string({ required: true }), value: t.string({ required: true }) }),
});

const RowInput = builder.inputType('QueryResultRowInput', {
  description: 'One row of query results: the borrower, optionally a loan, and any further columns.',
  fields: (t) => ({
    borrowerId: t.int({ required: true }),
    loanId: t.int({ required: false }),
    columns: t.field({ type: [ColumnInput], required: false }),
  }),
});

const OverridesInput = builder.inputType('TriggerRunOverridesInput', {
  fields: (t) => ({
    queryResultsOverride: t.field({
      type: [RowInput],
      required: false,
      description: 'Rows used instead of running the campaign’s query.',
    }),
  }),
});

const column = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'must be a column name (letters, digits, _)');
const overridesSchema = z
  .object({
    queryResultsOverride: z
      .array(
        z.object({
          borrowerId: z.number().int().positive('must be a positive borrower id'),
          loanId: z.number().int().positive().nullish(),
          columns: z
            .array(z.object({ name: column, value: z.string().max(500) }))
            .max(50)
            .nullish(),
        }),
      )
      .min(1, 'needs at least one row')
      .max(10_000, 'at most 10000 rows')
      .nullish(),
  })
  .nullish();

builder.mutationField('triggerCampaignRun', (t) =>
  t.field({
    authScopes: { scope: 'campaigns:send' },
    type: RunNodeRef,
    description:
      'Starts a run of a campaign now (Peach): it runs the campaign’s query, or uses the override rows. ' +
      'Never retried by the gateway; follow it with runEvents(campaignId).',
    errors: { types: PEACH_ERRORS, dataField: { name: 'run' } },
    args: {
      campaignId: t.arg.id({ required: true }),
      overrides: t.arg({ type: OverridesInput, required: false }),
      idempotencyKey: idempotencyKeyArg(t),
    },
    resolve: (_root, args, { gateway }) => {
      const overrides = parseInput(overridesSchema, args.overrides, 'overrides');
      const rows = overrides?.queryResultsOverride?.map(({ borrowerId, loanId, columns }) => ({
        ...Object.fromEntries((columns ?? []).map((c) => [c.name, c.value])),
        borrowerId,
        ...(loanId != null ? { loanId } : {}),
      }));
      return gateway.peach.triggerRun(
        parseCampaignId(args.campaignId),
        { queryResultsOverride: rows ?? null },
        parseIdempotencyKey(args.idempotencyKey),
      );
    },
  }),
);

/** Creates a Peach campaign from its input (shared by createCampaign and the older createPeachCampaign). */
export function createPeachCampaign(gateway: RequestGateway, raw: unknown, path: string, key: string | null) {
  const { account, ...fields } = parseInput(peachSchema.extend({ account: z.string().nullish() }), raw, path);
  return gateway.peach.createCampaign(account ?? null, toInput(fields), key);
}
