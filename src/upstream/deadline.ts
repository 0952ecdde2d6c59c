import type { UpstreamClock } from './clock.js';

/** The abort reason when a call's deadline passes (told apart from the caller going away). */
export class DeadlineExceededError extends Error {
  override readonly name = 'DeadlineExceededError';
  constructor() {
    super('the call deadline passed');
  }
}

/** When a call must be finished: the request's deadline or the account's total budget, whichever comes first. */
export function callDeadline(now: number, totalMs: number, requestDeadline?: number): number {
  const own = now + totalMs;
  return requestDeadline === undefined ? own : Math.min(own, requestDeadline);
}

/**
 * One call's cancellation: a signal that aborts at the deadline (reason DeadlineExceededError) or when the
 * caller's signal aborts (its own reason). Every wait and every attempt of the call listens to it.
 */
export class DeadlineScope {
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly onCallerAbort: () => void;

  constructor(
    readonly deadline: number,
    private readonly clock: UpstreamClock,
    private readonly callerSignal?: AbortSignal,
  ) {
    this.signal = this.controller.signal;
    this.onCallerAbort = () => this.controller.abort(callerSignal?.reason);
    if (callerSignal?.aborted) this.onCallerAbort();
    else callerSignal?.addEventListener('abort', this.onCallerAbort, { once: true });
    this.timer = setTimeout(() => this.controller.abort(new DeadlineExceededError()), this.remainingMs());
  }

  /** Milliseconds left before the deadline (0 when passed). */
  remainingMs(): number {
    return Math.max(0, this.deadline - this.clock.now());
  }

  /** True once the deadline (not the caller) ended the call. */
  get expired(): boolean {
    return this.signal.aborted && this.signal.reason instanceof DeadlineExceededError;
  }

  /** True once the caller went away before the deadline. */
  get cancelled(): boolean {
    return this.signal.aborted && !this.expired;
  }

  /** Clears the timer and the listener; call when the call is over. */
  dispose(): void {
    clearTimeout(this.timer);
    this.callerSignal?.removeEventListener('abort', this.onCallerAbort);
  }
}
