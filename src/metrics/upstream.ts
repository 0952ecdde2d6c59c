import type { AccountRef } from '../domain/provider.js';
import type { CircuitState } from '../upstream/breaker.js';
import type { AccountStateChange } from '../upstream/client.js';
import type { UpstreamCall, UpstreamObserver } from '../upstream/types.js';
import type { GatewayMetrics } from './gateway-metrics.js';

const CIRCUIT_STATES: readonly CircuitState[] = ['CLOSED', 'OPEN', 'HALF_OPEN'];

/** Turns what the upstream layer reports (each attempt, circuit transitions, rate-limit waits) into metrics. */
export class UpstreamMeter implements UpstreamObserver {
  constructor(private readonly metrics: GatewayMetrics) {}

  /** Starts an account's circuit series at CLOSED, so dashboards see it before anything happens. */
  track(account: AccountRef): void {
    this.setCircuit(account, 'CLOSED');
  }

  /** Records one finished attempt. */
  call(call: UpstreamCall): void {
    const labels = { provider: call.account.provider, account: call.account.account, endpoint: call.endpoint };
    this.metrics.upstreamCalls.inc({ ...labels, outcome: call.errorCode ? 'error' : 'ok' });
    this.metrics.upstreamDuration.observe(labels, call.durationMs / 1000);
    if (call.errorCode) this.metrics.upstreamErrors.inc({ ...labels, code: call.errorCode });
    if ((call.attempt ?? 1) > 1) this.metrics.upstreamRetries.inc(labels);
  }

  /** Records a circuit transition. */
  stateChanged(change: AccountStateChange): void {
    this.setCircuit(change.account, change.to);
  }

  rateLimitWaited(account: AccountRef, waitMs: number, paused: boolean): void {
    const labels = { provider: account.provider, account: account.account, reason: paused ? 'retry_after' : 'rate' };
    this.metrics.rateLimitWaits.inc(labels);
    this.metrics.rateLimitWaitSeconds.inc(labels, waitMs / 1000);
  }

  private setCircuit(account: AccountRef, state: CircuitState): void {
    for (const candidate of CIRCUIT_STATES) {
      this.metrics.circuitState.set(
        { provider: account.provider, account: account.account, state: candidate },
        candidate === state ? 1 : 0,
      );
    }
  }
}
