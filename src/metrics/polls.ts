import type { AccountRef } from '../domain/provider.js';
import type { GatewayMetrics } from './gateway-metrics.js';

/** How one poller tick ended: polled, failed, or skipped because another instance holds the account's lock. */
export type PollOutcome = 'ok' | 'failed' | 'standby';

/** Records poller ticks: counts by outcome, and when each account was last polled here (its lag). */
export function recordPoll(metrics: GatewayMetrics, account: AccountRef, outcome: PollOutcome): void {
  metrics.polls.inc({ provider: account.provider, account: account.account, outcome });
  const key = `${account.provider}/${account.account}`;
  if (outcome === 'ok') metrics.lastPolled.set(key, { ...account, at: Date.now() });
  else if (outcome === 'standby') metrics.lastPolled.delete(key);
}
