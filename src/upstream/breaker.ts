import type { UpstreamClock } from './clock.js';
import type { BreakerSettings } from './types.js';

/** The circuit states, named as the pattern names them. */
export type CircuitState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

/** One transition of a circuit, for logs and metrics. */
export interface CircuitStateChange {
  from: CircuitState;
  to: CircuitState;
  /** Epoch ms. */
  at: number;
}

/** A call the breaker let through; report exactly one outcome for it. */
export interface BreakerPermit {
  /** The single half-open call whose outcome closes or re-opens the circuit. */
  readonly probe: boolean;
}

const BUCKETS = 10;

/** Call and failure counts over the last `windowMs`, in ten buckets. */
class RollingWindow {
  private buckets: { start: number; calls: number; failures: number }[] = [];
  private readonly bucketMs: number;

  constructor(private readonly windowMs: number) {
    this.bucketMs = Math.max(1, Math.floor(windowMs / BUCKETS));
  }

  add(now: number, failed: boolean): void {
    const start = now - (now % this.bucketMs);
    let bucket = this.buckets.at(-1);
    if (!bucket || bucket.start !== start) {
      bucket = { start, calls: 0, failures: 0 };
      this.buckets.push(bucket);
    }
    bucket.calls += 1;
    if (failed) bucket.failures += 1;
  }

  totals(now: number): { calls: number; failures: number } {
    this.buckets = this.buckets.filter((bucket) => bucket.start > now - this.windowMs);
    let calls = 0;
    let failures = 0;
    for (const bucket of this.buckets) {
      calls += bucket.calls;
      failures += bucket.failures;
    }
    return { calls, failures };
  }

  clear(): void {
    this.buckets = [];
  }
}

/**
 * A circuit breaker per provider account. CLOSED: calls pass and outcomes are counted; when failures
 * reach `failureRateThreshold` of at least `minimumCalls` in the window it OPENs. OPEN: calls fail fast
 * until `coolDownMs` has passed, then HALF_OPEN lets exactly one probe through; its success closes the
 * circuit, its failure opens it again. Only the caller decides what a failure is.
 */
export class CircuitBreaker {
  private current: CircuitState = 'CLOSED';
  private openUntil = 0;
  private probeOut = false;
  private readonly window: RollingWindow;

  constructor(
    private readonly settings: BreakerSettings,
    private readonly clock: UpstreamClock,
    private readonly onStateChange: (change: CircuitStateChange) => void = () => undefined,
  ) {
    this.window = new RollingWindow(settings.windowMs);
  }

  /** The state now (an expired open circuit reads as HALF_OPEN). */
  get state(): CircuitState {
    this.coolDownElapsed();
    return this.current;
  }

  /** When an open circuit lets its probe through (epoch ms); null unless OPEN. */
  get openUntilMs(): number | null {
    return this.state === 'OPEN' ? this.openUntil : null;
  }

  /** Lets a call through, or answers undefined: the circuit is open, or its single probe is out. */
  tryAcquire(): BreakerPermit | undefined {
    const state = this.state;
    if (state === 'CLOSED') return { probe: false };
    if (state === 'OPEN' || this.probeOut) return undefined;
    this.probeOut = true;
    return { probe: true };
  }

  /** The provider answered in a way that shows it works (a 2xx, or a 4xx refusal). */
  onSuccess(permit: BreakerPermit): void {
    if (permit.probe) {
      this.probeOut = false;
      this.window.clear();
      this.moveTo('CLOSED');
    } else if (this.current === 'CLOSED') {
      this.window.add(this.clock.now(), false);
    }
  }

  /** The call failed in transport, timed out, or answered 5xx. */
  onFailure(permit: BreakerPermit): void {
    const now = this.clock.now();
    if (permit.probe) {
      this.probeOut = false;
      this.open(now);
      return;
    }
    if (this.current !== 'CLOSED') return;
    this.window.add(now, true);
    const { calls, failures } = this.window.totals(now);
    if (calls >= this.settings.minimumCalls && failures / calls >= this.settings.failureRateThreshold) this.open(now);
  }

  /** The call ended without a verdict (the caller went away first); frees the probe slot. */
  onAbandoned(permit: BreakerPermit): void {
    if (permit.probe) this.probeOut = false;
  }

  private open(now: number): void {
    this.openUntil = now + this.settings.coolDownMs;
    this.window.clear();
    this.moveTo('OPEN');
  }

  private coolDownElapsed(): void {
    if (this.current === 'OPEN' && this.clock.now() >= this.openUntil) this.moveTo('HALF_OPEN');
  }

  private moveTo(to: CircuitState): void {
    const from = this.current;
    if (from === to) return;
    this.current = to;
    this.onStateChange({ from, to, at: this.clock.now() });
  }
}
