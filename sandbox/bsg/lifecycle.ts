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

export const DEFAULT_BSG_TIMINGS: BsgTimings = { preparationMs: 1_000, moderationMs: 60_000, sendingMs: 60_000 };

/** Text that sends a campaign to moderation, as content review would. */
export const MODERATION_TRIGGER = /\b(free|win|prize)\b/i;

/** Moves campaigns through creation -> moderation? -> scheduled? -> sending -> done as the clock advances. */
export function advanceBsg(store: BsgStore, timings: BsgTimings): void {
  const now = store.clock.now();
  const elapsed = (since: Date) => now.getTime() - since.getTime();
  for (const campaign of store.campaigns.values()) {
    switch (campaign.status) {
      case 'creation':
        if (elapsed(campaign.statusSince) < timings.preparationMs) break;
        if (MODERATION_TRIGGER.test(campaign.text)) store.setStatus(campaign, 'moderation');
        else store.setStatus(campaign, campaign.startAt > now ? 'scheduled' : 'sending');
        break;
      case 'moderation':
        if (elapsed(campaign.statusSince) >= timings.moderationMs) {
          store.setStatus(campaign, campaign.startAt > now ? 'scheduled' : 'sending');
        }
        break;
      case 'scheduled':
        if (campaign.startAt <= now) store.setStatus(campaign, 'sending');
        break;
      case 'sending': {
        campaign.realStartAt ??= campaign.statusSince;
        const share = Math.min(1, elapsed(campaign.statusSince) / timings.sendingMs);
        const sent = Math.floor(campaign.phones * share);
        const undelivered = Math.floor(sent / 10);
        Object.assign(campaign.statistics, { sent, delivered: sent - undelivered, undelivered });
        if (share >= 1) {
          campaign.finishedAt = now;
          store.setStatus(campaign, 'done');
        }
        break;
      }
      default:
        break;
    }
  }
}
