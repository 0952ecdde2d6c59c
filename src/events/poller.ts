import { randomUUID } from 'node:crypto';
import type { ProviderAdapter } from '../../adapters/port.js';
import type { Campaign } from '../domain/campaign.js';
import { ProviderRateLimitedError } from '../domain/errors.js';
import { refOf } from '../domain/ids.js';
import type { GatewayServices } from '../gateway/services.js';
import type { Logger } from '../logger.js';

export interface PollerOptions {
  tenantId: string;
  adapter: ProviderAdapter;
  services: GatewayServices;
  logger: Logger;
  /** The account's configured interval. */
  intervalMs: number;
  /** Pages of 100 newest campaigns read per tick. */
  maxPages?: number;
  /** Told how each tick ended (metrics: poll counts and lag). */
  onTick?: (outcome: 'ok' | 'failed' | 'standby') => void;
}

/** The lock an account's poller holds, so that only one gateway instance polls it. */
const LOCK_TTL_FACTOR = 3;
const MIN_LOCK_TTL_MS = 5_000;

/**
 * Polls one provider account for status changes: reads the newest campaigns each tick and hands every
 * status to the change detector (which publishes only real changes, once). Ticks come faster (a fifth
 * of the interval) while someone subscribes or a campaign is running; a 429's Retry-After delays the
 * next tick; a lock with expiry keeps other instances from polling the same account.
 */
export class AccountPoller {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly owner = randomUUID();
  private sawRunning = false;
  private readonly lockKey: string;
  private readonly lockTtlMs: number;
  /** Resolves after each finished tick (tests and benchmarks wait on it instead of sleeping). */
  private tickListeners: (() => void)[] = [];

  constructor(private readonly options: PollerOptions) {
    const { tenantId, adapter } = options;
    this.lockKey = `lock:poll:${tenantId}:${adapter.account.provider}:${adapter.account.account}`;
    this.lockTtlMs = Math.max(MIN_LOCK_TTL_MS, options.intervalMs * LOCK_TTL_FACTOR);
  }

  start(): void {
    this.options.logger.info({ account: this.options.adapter.account, poller: this.owner }, 'poller started');
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.options.services.store.compareAndDelete(this.lockKey, this.owner).catch(() => false);
  }

  /** Resolves when the next tick has finished. */
  nextTick(): Promise<void> {
    return new Promise((resolve) => this.tickListeners.push(resolve));
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    let delay = this.nextDelay();
    let outcome: 'ok' | 'failed' | 'standby' = 'standby';
    try {
      if (await this.holdLock()) {
        await this.poll();
        outcome = 'ok';
      }
    } catch (error) {
      outcome = 'failed';
      if (error instanceof ProviderRateLimitedError && error.retryAfterSeconds !== null) {
        delay = Math.max(delay, error.retryAfterSeconds * 1000);
      }
      this.options.logger.warn({ err: error, account: this.options.adapter.account }, 'poll failed');
    } finally {
      this.options.onTick?.(outcome);
      for (const listener of this.tickListeners.splice(0)) listener();
      this.schedule(delay);
    }
  }

  private nextDelay(): number {
    const busy = this.sawRunning || this.options.services.bus.localSubscribers(this.options.tenantId) > 0;
    return busy ? Math.max(50, Math.floor(this.options.intervalMs / 5)) : this.options.intervalMs;
  }

  /** Takes the lock or renews it; false when another instance holds it. */
  private async holdLock(): Promise<boolean> {
    const { store } = this.options.services;
    if (await store.compareAndSet(this.lockKey, this.owner, this.owner, this.lockTtlMs)) return true;
    return store.set(this.lockKey, this.owner, { ttlMs: this.lockTtlMs, onlyIfAbsent: true });
  }

  private async poll(): Promise<void> {
    const { adapter, services, tenantId } = this.options;
    let cursor: string | null = null;
    let running = false;
    const seen: Campaign[] = [];
    for (let page = 0; page < (this.options.maxPages ?? 3); page += 1) {
      const result = await adapter.listCampaigns(
        { limit: 100, cursor, filter: {}, order: { field: 'CREATED_AT', direction: 'DESC' } },
        { requestId: `poll-${this.owner}` },
      );
      seen.push(...result.edges.map((edge) => edge.campaign));
      cursor = result.nextCursor;
      if (cursor === null) break;
    }
    // Fencing: a poller whose lock expired while it read must not write what it read.
    if ((await services.store.get(this.lockKey)) !== this.owner) return;
    for (const campaign of seen) {
      running ||= campaign.status === 'RUNNING';
      await services.changes.observe(tenantId, {
        type: 'STATUS_CHANGED',
        campaign: refOf(campaign),
        status: campaign.status,
        source: 'POLL',
        occurredAt: new Date().toISOString(),
      });
    }
    this.sawRunning = running;
  }
}
