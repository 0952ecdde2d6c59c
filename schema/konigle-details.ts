import type { KonigleCampaignDetails } from '../src/domain/konigle.js';
import { builder } from './builder.js';

/** What only Konigle knows about an email campaign. */
export const KonigleDetailsRef = builder.objectRef<KonigleCampaignDetails>('KonigleCampaignDetails').implement({
  description: 'What only Konigle knows about an email campaign.',
  fields: (t) => ({
    audience: t.exposeString('audience', { description: 'Audience id (contacts selected by tags).' }),
    emailChannel: t.exposeString('emailChannel', { nullable: true }),
    emailTemplate: t.exposeString('emailTemplate', { nullable: true }),
    fromEmail: t.exposeString('fromEmail'),
    fromName: t.exposeString('fromName'),
    replyToEmail: t.exposeString('replyToEmail'),
    replyToName: t.exposeString('replyToName'),
    utmCode: t.exposeString('utmCode'),
    executionDurationMinutes: t.exposeInt('executionDurationMinutes', {
      nullable: true,
      description: 'Sending is spread over this many minutes; null sends as fast as the channel allows.',
    }),
    executionStatus: t.exposeString('executionStatus', { nullable: true, description: "The execution's own word." }),
    errorMessage: t.exposeString('errorMessage', { nullable: true }),
  }),
});
