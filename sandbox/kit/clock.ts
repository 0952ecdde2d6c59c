/** A sandbox clock: manual in tests (time moves only on `advance`), real-time when run for people. */
export interface SandboxClock {
  now(): Date;
  /** Moves manual time forward and runs every tick listener; in real mode it only runs the listeners. */
  advance(ms: number): void;
  /** Registers a listener called with the new time whenever the clock moves. */
  onTick(listener: (now: Date) => void): void;
  stop(): void;
}

export interface ClockOptions {
  mode: 'manual' | 'real';
  /** Start of manual time; defaults to 2026-01-01T00:00:00Z so seeded data is deterministic. */
  start?: Date;
  /** How often a real clock ticks its listeners. */
  tickMs?: number;
}

export const DEFAULT_SANDBOX_EPOCH = new Date('2026-01-01T00:00:00Z');

/** Creates a clock; a real one ticks on an unref'd interval so it never keeps the process alive. */
export function createClock(options: ClockOptions): SandboxClock {
  const listeners: ((now: Date) => void)[] = [];
  const emit = (now: Date) => listeners.forEach((listener) => listener(now));
  if (options.mode === 'real') {
    const timer = setInterval(() => emit(new Date()), options.tickMs ?? 1000);
    timer.unref();
    return {
      now: () => new Date(),
      advance: () => emit(new Date()),
      onTick: (listener) => listeners.push(listener),
      stop: () => clearInterval(timer),
    };
  }
  let current = (options.start ?? DEFAULT_SANDBOX_EPOCH).getTime();
  return {
    now: () => new Date(current),
    advance(ms) {
      current += ms;
      emit(new Date(current));
    },
    onTick: (listener) => listeners.push(listener),
    stop: () => undefined,
  };
}
