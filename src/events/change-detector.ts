import type { KeyValueStore } from '../store/port.js';
import type { CampaignEvent, CampaignEventInput, EventBus } from './types.js';

/** How long a status snapshot is kept without being seen again. */
const SNAPSHOT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Publishes a status change only when it is real and only once, whichever source saw it first
 * (a mutation, a webhook or a poll): the stored snapshot is swapped atomically, and only the
 * caller whose swap succeeds publishes.
 */
export class ChangeDetector {
  constructor(
    private readonly store: KeyValueStore,
    private readonly bus: EventBus,
  ) {}

  /** Records the status seen for a campaign (or run); publishes and returns the event when it changed. */
  async observe(tenantId: string, change: Omit<CampaignEventInput, 'previousStatus'>): Promise<CampaignEvent | null> {
    const key = snapshotKey(tenantId, change);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const previous = await this.store.get(key);
      if (previous === change.status) return null;
      const swapped =
        previous === null
          ? await this.store.set(key, change.status, { ttlMs: SNAPSHOT_TTL_MS, onlyIfAbsent: true })
          : await this.store.compareAndSet(key, previous, change.status, SNAPSHOT_TTL_MS);
      if (!swapped) continue;
      if (previous === null && change.type !== 'CREATED' && change.source === 'POLL') return null;
      return this.bus.publish(tenantId, { ...change, previousStatus: previous });
    }
    return null;
  }

  /** Records a status without publishing (first sight by a poller: a baseline, not a change). */
  async remember(tenantId: string, change: Omit<CampaignEventInput, 'previousStatus'>): Promise<void> {
    await this.store.set(snapshotKey(tenantId, change), change.status, { ttlMs: SNAPSHOT_TTL_MS });
  }
}

function snapshotKey(tenantId: string, change: Omit<CampaignEventInput, 'previousStatus'>): string {
  const { provider, account, providerId } = change.campaign;
  const subject = change.runId === undefined ? 'campaign' : `run:${change.runId}`;
  return `snap:${tenantId}:${provider}:${account}:${providerId}:${subject}`;
}
