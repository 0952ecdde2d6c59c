import type { Campaign } from '../src/domain/campaign.js';
import type { PeachCampaignInput } from '../src/domain/peach.js';
import type { CallContext } from '../src/upstream/types.js';

/** What only Peach can do to campaigns: create and update (schedules included). Checked against CREATE / UPDATE / SCHEDULE. */
export interface PeachOperations {
  createCampaign(input: PeachCampaignInput, context: CallContext): Promise<Campaign>;
  updateCampaign(providerId: string, input: PeachCampaignInput, context: CallContext): Promise<Campaign>;
}
