import { CHANNELS } from '../src/domain/campaign.js';
import { CAPABILITIES, PROVIDER_IDS } from '../src/domain/provider.js';
import { CAMPAIGN_ACTIONS, CAMPAIGN_STATUSES, RUN_STATUSES } from '../src/domain/status.js';
import { builder } from './builder.js';

export const CampaignStatusEnum = builder.enumType('CampaignStatus', {
  description: 'The normalized campaign status; each provider adapter documents how its own words map here.',
  values: CAMPAIGN_STATUSES,
});

export const CampaignActionEnum = builder.enumType('CampaignAction', {
  description: 'A lifecycle action a caller can ask for.',
  values: CAMPAIGN_ACTIONS,
});

export const RunStatusEnum = builder.enumType('RunStatus', { values: RUN_STATUSES });

export const ChannelEnum = builder.enumType('Channel', { values: CHANNELS });

export const CapabilityEnum = builder.enumType('Capability', {
  description: 'An operation a provider account supports.',
  values: CAPABILITIES,
});

/** Provider ids are lower-case in the domain, upper-case in the schema. */
export const ProviderIdEnum = builder.enumType('ProviderId', {
  values: Object.fromEntries(PROVIDER_IDS.map((id) => [id.toUpperCase(), { value: id }])) as Record<
    Uppercase<(typeof PROVIDER_IDS)[number]>,
    { value: (typeof PROVIDER_IDS)[number] }
  >,
});
