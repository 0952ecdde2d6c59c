import type { AccountRef } from '../domain/provider.js';
import type { CircuitState, CircuitStateChange } from '../upstream/breaker.js';
import type { UpstreamCall, UpstreamObserver } from '../upstream/types.js';
import type { GatewayMetrics } from './gateway-metrics.js';

const CIRCUIT_STATES: readonly CircuitState[] = ['CLOSED', 'OPEN', 'HALF_OPEN'];

/** One account's circuit as last reported by the upstream layer. */
export interface AccountCircuit {
  provider: string;
  account: string;
  state: CircuitState;
}

/**
 * Turns what the upstream layer reports (each attempt, circuit transitions, rate-limit waits) into
 * metrics, and remembers each account's circuit state for readiness.
 */
export class UpstreamMeter implements UpstreamObserver {
  private readonly circuits = new Map<string, AccountCircuit>();

  constructor(private readonly metrics: GatewayMetrics) {}

  /** Starts an account's series at zero and its circuit at CLOSED, so dashboards see it before any call. */
  track(account: AccountRef): void {
    const key = keyOf(account);
    if (this.circuits.has(key)) return;
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

  circuitChanged(account: AccountRef, change: CircuitStateChange): void {
    this.setCircuit(account, change.to);
  }

  rateLimitWaited(account: AccountRef, waitMs: number, paused: boolean): void {
    const labels = { provider: account.provider, account: account.account, reason: paused ? 'retry_after' : 'rate' };
    this.metrics.rateLimitWaits.inc(labels);
    this.metrics.rateLimitWaitSeconds.inc(labels, waitMs / 1000);
  }

  /** Every tracked account's circuit state. */
  circuitStates(): AccountCircuit[] {
    return [...this.circuits.values()].map((circuit) => ({ ...circuit }));
  }

  private setCircuit(account: AccountRef, state: CircuitState): void {
    this.circuits.set(keyOf(account), { provider: account.provider, account: account.account, state });
    for (const candidate of CIRCUIT_STATES) {
      this.metrics.circuitState.set(
        { provider: account.provider, account: account.account, state: candidate },
        candidate === state ? 1 : 0,
      );
    }
  }
}

function keyOf(account: AccountRef): string {
  return `${account.provider}/${account.account}`;
}
