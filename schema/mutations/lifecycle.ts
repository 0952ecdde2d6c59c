import type { Scope } from '../../src/auth/scopes.js';
import type { CampaignAction } from '../../src/domain/status.js';
import { builder } from '../builder.js';
import { CampaignRef, parseCampaignId } from '../campaign.js';
import { LIFECYCLE_ERRORS } from '../errors.js';
import { idempotencyKeyArg, parseIdempotencyKey } from './idempotency-key.js';

const DESCRIPTIONS: Record<CampaignAction, string> = {
  START: 'Starts a draft or scheduled campaign now.',
  PAUSE: 'Pauses a running campaign.',
  RESUME: 'Resumes a paused campaign.',
  CANCEL: 'Cancels a campaign for good (BSG calls this stop).',
  SCHEDULE: 'Schedules a draft campaign to start at `at`.',
};

/** Starting, resuming and scheduling contact people (and cost money); pausing and cancelling do not. */
const SCOPES: Record<CampaignAction, Scope> = {
  START: 'campaigns:send',
  RESUME: 'campaigns:send',
  SCHEDULE: 'campaigns:send',
  PAUSE: 'campaigns:write',
  CANCEL: 'campaigns:write',
};

function lifecycleMutation(name: string, action: CampaignAction) {
  builder.mutationField(name, (t) =>
    t.field({
      type: CampaignRef,
      authScopes: { scope: SCOPES[action] },
      description: `${DESCRIPTIONS[action]} Refused without calling the provider when the provider cannot do it (UnsupportedOperationError) or the status does not allow it (InvalidTransitionError).`,
      errors: { types: LIFECYCLE_ERRORS, dataField: { name: 'campaign' } },
      args: {
        id: t.arg.id({ required: true }),
        idempotencyKey: idempotencyKeyArg(t),
        ...(action === 'SCHEDULE' ? { at: t.arg({ type: 'DateTime', required: true }) } : {}),
      },
      resolve: (_root, args, { gateway }) => {
        const at = 'at' in args ? (args.at as Date) : undefined;
        return gateway.runAction(parseCampaignId(args.id), action, at, parseIdempotencyKey(args.idempotencyKey));
      },
    }),
  );
}

lifecycleMutation('startCampaign', 'START');
lifecycleMutation('pauseCampaign', 'PAUSE');
lifecycleMutation('resumeCampaign', 'RESUME');
lifecycleMutation('cancelCampaign', 'CANCEL');
lifecycleMutation('scheduleCampaign', 'SCHEDULE');
