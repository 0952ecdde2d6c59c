import type { PeachCampaignDetails, PeachSftpSettings } from '../src/domain/peach.js';
import { parsePeachyCron } from '../src/domain/peachy-cron.js';
import { builder } from './builder.js';

const PeachSftpRef = builder.objectRef<PeachSftpSettings>('PeachSftpSettings').implement({
  description: 'Where run files are uploaded by SFTP. The password is write-only: only whether one is set shows.',
  fields: (t) => ({
    host: t.exposeString('host'),
    username: t.exposeString('username'),
    cdDir: t.exposeString('cdDir', { nullable: true }),
    hasPassword: t.exposeBoolean('hasPassword'),
  }),
});

/** What only Peach knows about a borrower campaign (secrets reduced to whether one is set). */
export const PeachDetailsRef = builder.objectRef<PeachCampaignDetails>('PeachCampaignDetails').implement({
  description:
    'What only Peach knows about a borrower campaign. Secrets are write-only: only whether one is set shows.',
  fields: (t) => ({
    externalId: t.exposeString('externalId', { nullable: true }),
    schedule: t.exposeString('schedule', {
      nullable: true,
      description: 'Peachy crontab (minute and hour are `P`: Peach picks the time); null runs only on trigger.',
    }),
    nextRunDays: t.field({
      type: ['DateTime'],
      description: 'The next days (00:00 UTC) the schedule runs on; Peach picks the time of day. Empty without one.',
      args: { count: t.arg.int({ required: false, defaultValue: 5 }) },
      resolve: (details, args) => {
        const parsed = details.schedule === null ? null : parsePeachyCron(details.schedule);
        const count = Math.min(50, Math.max(0, args.count ?? 5));
        return parsed?.ok ? parsed.cron.nextRuns(count) : [];
      },
    }),
    redashQueryUrl: t.exposeString('redashQueryUrl', { nullable: true }),
    hasRedashApiKey: t.exposeBoolean('hasRedashApiKey'),
    contactExporterId: t.exposeString('contactExporterId', { nullable: true }),
    bulkSenderId: t.exposeString('bulkSenderId', { nullable: true }),
    sftp: t.expose('sftp', { type: PeachSftpRef, nullable: true }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});
