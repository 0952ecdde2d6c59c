import { fillWaitingCounters, type BsgCampaignRecord } from './state.js';
import type { BsgStore } from './store.js';

/** Timings of the simulated platform, in clock milliseconds. */
export interface BsgTimings {
  /** `creation` -> next status. */
  preparationMs: number;
  /** `moderation` -> approved. */
  moderationMs: number;
  /** `sending` -> `done`. */
  sendingMs: number;
}

/** One second of preparation, a minute of moderation, a minute of sending. */
export const DEFAULT_BSG_TIMINGS: BsgTimings = { preparationMs: 1_000, moderationMs: 60_000, sendingMs: 60_000 };

/** Text that sends a campaign to moderation, as content review would. */
export const MODERATION_TRIGGER = /\b(free|win|prize)\b/i;

/** Share of sent messages that end undelivered. */
const UNDELIVERED_SHARE = 0.1;

/** Moves campaigns through creation -> moderation? -> scheduled? -> sending -> done as the clock advances. */
export function advanceBsg(store: BsgStore, timings: BsgTimings): void {
  const now = store.clock.now();
  const elapsed = (campaign: BsgCampaignRecord) => now.getTime() - campaign.statusSince.getTime();
  const approved = (campaign: BsgCampaignRecord) => (campaign.startAt > now ? 'scheduled' : 'sending');
  for (const campaign of store.campaigns.values()) {
    switch (campaign.status) {
      case 'creation':
        if (elapsed(campaign) < timings.preparationMs) break;
        store.setStatus(campaign, MODERATION_TRIGGER.test(campaign.text) ? 'moderation' : approved(campaign));
        break;
      case 'moderation':
        if (elapsed(campaign) >= timings.moderationMs) store.setStatus(campaign, approved(campaign));
        break;
      case 'scheduled':
        if (campaign.startAt <= now) store.setStatus(campaign, 'sending');
        break;
      case 'sending':
        progress(store, campaign, Math.min(1, elapsed(campaign) / timings.sendingMs));
        if (elapsed(campaign) >= timings.sendingMs) store.setStatus(campaign, 'done');
        break;
      default:
        break;
    }
  }
}

/** Sends the next share of messages; counters only grow. */
function progress(store: BsgStore, campaign: BsgCampaignRecord, share: number): void {
  const sent = Math.max(campaign.statistics.sent, Math.floor(campaign.phones * share));
  if (sent === campaign.statistics.sent && share < 1) return;
  const undelivered = Math.floor(sent * UNDELIVERED_SHARE);
  Object.assign(campaign.statistics, { sent, delivered: sent - undelivered, undelivered });
  fillWaitingCounters(campaign);
  store.touch(campaign);
}
