/**
 * The small key-value port shared state goes through: idempotency records, status snapshots, locks.
 * Memory for one process; Redis when several instances must agree.
 */
export interface KeyValueStore {
  get(key: string): Promise<string | null>;
  /** Sets a value with an expiry; with `onlyIfAbsent`, returns false and changes nothing when the key exists. */
  set(key: string, value: string, options: { ttlMs: number; onlyIfAbsent?: boolean }): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Replaces the value only while it still equals `expected` (fencing for locks and records). */
  compareAndSet(key: string, expected: string, value: string, ttlMs: number): Promise<boolean>;
  /** Deletes the key only while it still equals `expected`. */
  compareAndDelete(key: string, expected: string): Promise<boolean>;
  /** True when the store answers (readiness). */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}
