import { PROVIDER_IDS, type ProviderId } from './provider.js';
import type { CampaignRef } from './campaign.js';

/**
 * The local part of a global id: `provider:account:providerId`. The schema wraps it with the type name
 * (Relay global ids), so ids stay opaque to clients yet route to the right provider account.
 */
export function encodeRef(ref: CampaignRef): string {
  return `${encodeURIComponent(ref.provider)}:${encodeURIComponent(ref.account)}:${encodeURIComponent(ref.providerId)}`;
}

/** Parses a local id back into its provider account and provider id; undefined when malformed. */
export function decodeRef(localId: string): CampaignRef | undefined {
  const parts = localId.split(':');
  if (parts.length !== 3) return undefined;
  const [provider, account, providerId] = parts.map((part) => safeDecode(part));
  if (!provider || !account || !providerId || !isProviderId(provider)) return undefined;
  return { provider, account, providerId };
}

/**
 * The local part of the global id of something that lives inside a campaign (a run, a SessionM behavior
 * or offer): `provider:account:campaignId:childId`, the campaign's reference followed by the provider's
 * own id of the child.
 */
export function encodeChildRef(campaign: CampaignRef, childId: string): string {
  return [campaign.provider, campaign.account, campaign.providerId, childId].map(encodeURIComponent).join(':');
}

/** Parses a child's local id back into its campaign and the provider's id of the child; undefined when malformed. */
export function decodeChildRef(localId: string): { campaign: CampaignRef; childId: string } | undefined {
  const parts = localId.split(':');
  if (parts.length !== 4) return undefined;
  const [provider, account, providerId, childId] = parts.map((part) => safeDecode(part));
  if (!provider || !account || !providerId || !childId || !isProviderId(provider)) return undefined;
  return { campaign: { provider, account, providerId }, childId };
}

/** True for the ids of providers the gateway knows. */
export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** Just the reference part of a campaign (what events and keys carry). */
export function refOf(campaign: CampaignRef): CampaignRef {
  return { provider: campaign.provider, account: campaign.account, providerId: campaign.providerId };
}
