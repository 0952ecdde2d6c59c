import type { SessionMStore } from './state.js';

/** Completes every live campaign whose `ends_at` has passed, as the platform stops engagement at the end date. */
export function advanceSessionM(store: SessionMStore): void {
  const now = store.clock.now().getTime();
  for (const campaign of store.campaigns.values()) {
    if (campaign.status === 'live' && campaign.endsAt.getTime() <= now) store.setStatus(campaign, 'completed');
  }
}

/** Runs the lifecycle on every clock tick (and once now, for data seeded in the past). */
export function startLifecycle(store: SessionMStore): void {
  store.clock.onTick(() => advanceSessionM(store));
  advanceSessionM(store);
}
