/** The bulkhead's queue is full; the call was refused without waiting. */
export class BulkheadFullError extends Error {
  override readonly name = 'BulkheadFullError';
  constructor(readonly maxConcurrent: number) {
    super(`${maxConcurrent} calls are in flight and the wait queue is full`);
  }
}

interface Waiter {
  grant: (release: () => void) => void;
}

/**
 * Caps one account's calls in flight at `maxConcurrent`, with at most `maxQueue` callers waiting in
 * order; the next one is refused at once. A hanging provider then holds a bounded number of sockets
 * and requests, never all of them.
 */
export class Bulkhead {
  private active = 0;
  private readonly queue: Waiter[] = [];

  constructor(
    readonly maxConcurrent: number,
    readonly maxQueue: number,
  ) {}

  /** Resolves with a release function once a slot is free; the signal's abort leaves the queue. */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.active < this.maxConcurrent) {
      this.active += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.queue.length >= this.maxQueue) return Promise.reject(new BulkheadFullError(this.maxConcurrent));
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        grant: (release) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
      };
      this.queue.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Calls in flight and calls waiting, for health and tests. */
  get load(): { active: number; queued: number } {
    return { active: this.active, queued: this.queue.length };
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (next) next.grant(this.releaser());
      else this.active -= 1;
    };
  }
}
