import type { SessionMCampaignDetails } from '../src/domain/sessionm.js';
import { builder } from './builder.js';

/** What only SessionM knows about a campaign (its targeting query stays at the provider). */
export const SessionMDetailsRef = builder.objectRef<SessionMCampaignDetails>('SessionMCampaignDetails').implement({
  description: 'What only SessionM knows about a campaign.',
  fields: (t) => ({
    externalId: t.exposeString('externalId', { description: 'SessionM external id (permalink).' }),
    campaignType: t.exposeString('campaignType', { nullable: true, description: 'promotion or messaging.' }),
    optInRequired: t.exposeBoolean('optInRequired'),
    optInStartsAt: t.expose('optInStartsAt', { type: 'DateTime', nullable: true }),
    optInEndsAt: t.expose('optInEndsAt', { type: 'DateTime', nullable: true }),
    reportingEndsAt: t.expose('reportingEndsAt', { type: 'DateTime', nullable: true }),
    qualifyTag: t.exposeString('qualifyTag', { nullable: true }),
    disqualifyTag: t.exposeString('disqualifyTag', { nullable: true }),
    targeted: t.exposeBoolean('targeted', { description: 'True when the campaign targets customers by tags.' }),
  }),
});
