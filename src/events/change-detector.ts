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

  /**
   * Records the status seen for a campaign (or run) and publishes the change when it is real. A poll's
   * first sighting is only a baseline; a source that knows the previous status (a mutation) names it.
   */
  async observe(tenantId: string, change: ObservedChange): Promise<CampaignEvent | null> {
    const { knownPrevious, ...event } = change;
    const key = snapshotKey(tenantId, event);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const stored = await this.store.get(key);
      const previous = knownPrevious !== undefined ? knownPrevious : stored;
      const swapped =
        stored === null
          ? await this.store.set(key, event.status, { ttlMs: SNAPSHOT_TTL_MS, onlyIfAbsent: true })
          : stored === event.status || (await this.store.compareAndSet(key, stored, event.status, SNAPSHOT_TTL_MS));
      if (!swapped) continue;
      if (previous === event.status) return null;
      if (stored === null && knownPrevious === undefined && event.source === 'POLL') return null;
      return this.bus.publish(tenantId, { ...event, previousStatus: previous });
    }
    return null;
  }
}

/** A status seen by a source; `knownPrevious` when the source knows what it was before. */
export type ObservedChange = Omit<CampaignEventInput, 'previousStatus'> & { knownPrevious?: string | null };

function snapshotKey(tenantId: string, change: Omit<CampaignEventInput, 'previousStatus'>): string {
  const { provider, account, providerId } = change.campaign;
  const subject = change.runId === undefined ? 'campaign' : `run:${change.runId}`;
  return `snap:${tenantId}:${provider}:${account}:${providerId}:${subject}`;
}
