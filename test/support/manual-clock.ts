import type { UpstreamClock } from '../../src/upstream/clock.js';

interface Sleeper {
  at: number;
  resolve: () => void;
}

/** An upstream clock that moves only when a test advances it; sleepers wake in time order. */
export class ManualClock implements UpstreamClock {
  private current: number;
  private sleepers: Sleeper[] = [];

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    return new Promise((resolve, reject) => {
      const sleeper: Sleeper = { at: this.current + ms, resolve };
      this.sleepers.push(sleeper);
      signal?.addEventListener(
        'abort',
        () => {
          this.sleepers = this.sleepers.filter((s) => s !== sleeper);
          reject(signal.reason as Error);
        },
        { once: true },
      );
    });
  }

  /** Wake-up times of everyone asleep, earliest first. */
  pending(): number[] {
    return this.sleepers.map((s) => s.at).sort((a, b) => a - b);
  }

  /** Moves time forward, waking each due sleeper and letting its continuation run before the next. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      const next = this.sleepers.filter((s) => s.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.current = Math.max(this.current, next.at);
      this.sleepers = this.sleepers.filter((s) => s !== next);
      next.resolve();
      await settle();
    }
    this.current = target;
    await settle();
  }
}

/** Lets pending promise continuations run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}
