import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DomainError, IdempotencyConflictError, ValidationError } from '../domain/errors.js';
import type { KeyValueStore } from '../store/port.js';
import { decodeOutcome, encodeOutcome, type Outcome } from './outcome-codec.js';

/** How long a finished outcome is replayed for the same key. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface IdempotencyOptions {
  ttlMs?: number;
  /** How long a waiting caller waits for the first request's outcome before answering "in progress". */
  maxWaitMs?: number;
  /** How often a waiting caller looks for the owner's outcome. */
  pollMs?: number;
  /** Told what became of each keyed call (metrics: hits are `replayed`). */
  onOutcome?: (outcome: IdempotencyOutcome) => void;
}

/** What became of a keyed call: run now, answered from the record, refused as a conflict, or still running elsewhere. */
export type IdempotencyOutcome = 'executed' | 'replayed' | 'conflict' | 'in_progress';

interface StoredRecord {
  fingerprint: string;
  owner: string;
  outcome?: string;
}

/**
 * Runs a side effect at most once per (tenant, key): the first caller claims the key (SET NX) and
 * executes; the same key with the same input replays the stored outcome; with another input it
 * answers IdempotencyConflict; concurrent callers wait for the owner's outcome. A claim whose owner
 * died mid-call is never taken over (the provider may have acted): the key stays "in progress" until
 * it expires, so a send can never happen twice.
 */
export class IdempotencyGuard {
  private readonly ttlMs: number;
  private readonly maxWaitMs: number;
  private readonly pollMs: number;
  private readonly onOutcome: (outcome: IdempotencyOutcome) => void;

  constructor(
    private readonly store: KeyValueStore,
    options: IdempotencyOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? IDEMPOTENCY_TTL_MS;
    this.maxWaitMs = options.maxWaitMs ?? 30_000;
    this.pollMs = options.pollMs ?? 20;
    this.onOutcome = options.onOutcome ?? (() => undefined);
  }

  /** Executes `effect` once for this key and input; every caller gets the same value or typed error. */
  async run<T>(
    scope: { tenantId: string; key: string; operation: string; input: unknown },
    effect: () => Promise<T>,
  ): Promise<T> {
    const storeKey = `idem:${scope.tenantId}:${scope.key}`;
    const fingerprint = fingerprintOf(scope.operation, scope.input);
    const claim: StoredRecord = { fingerprint, owner: randomUUID() };
    const claimText = JSON.stringify(claim);
    const giveUpAt = Date.now() + this.maxWaitMs;
    for (;;) {
      if (await this.store.set(storeKey, claimText, { ttlMs: this.ttlMs, onlyIfAbsent: true })) {
        this.onOutcome('executed');
        return unwrap(await this.execute(storeKey, claimText, claim, effect));
      }
      const existing = await this.store.get(storeKey);
      if (existing === null) continue;
      const record = JSON.parse(existing) as StoredRecord;
      if (record.fingerprint !== fingerprint) {
        this.onOutcome('conflict');
        throw new IdempotencyConflictError(scope.key);
      }
      if (record.outcome !== undefined) {
        this.onOutcome('replayed');
        return unwrap(decodeOutcome<T>(record.outcome));
      }
      if (Date.now() >= giveUpAt) {
        this.onOutcome('in_progress');
        throw new IdempotencyConflictError(scope.key, true);
      }
      await sleep(this.pollMs);
    }
  }

  private async execute<T>(
    storeKey: string,
    claimText: string,
    claim: StoredRecord,
    effect: () => Promise<T>,
  ): Promise<Outcome<T>> {
    let outcome: Outcome<T>;
    try {
      outcome = { ok: true, value: await effect() };
    } catch (error) {
      if (!(error instanceof DomainError)) {
        await this.store.compareAndDelete(storeKey, claimText);
        throw error;
      }
      outcome = { ok: false, error };
    }
    const done: StoredRecord = { ...claim, outcome: encodeOutcome(outcome) };
    // The effect happened: its outcome goes to this caller even if recording it fails.
    await this.store.compareAndSet(storeKey, claimText, JSON.stringify(done), this.ttlMs).catch(() => false);
    return outcome;
  }
}

function unwrap<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw outcome.error;
}

function fingerprintOf(operation: string, input: unknown): string {
  return createHash('sha256').update(operation).update('\0').update(canonicalJson(input)).digest('hex');
}

/** JSON with sorted object keys, so the same input always has the same fingerprint. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) && !(inner instanceof Date)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

/** Validates a caller's key (1 to 255 visible ASCII characters); `path` names where it came from. */
export function validateIdempotencyKey(key: string, path: string): string {
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new ValidationError([{ path: [path], message: 'must be 1 to 255 visible ASCII characters' }]);
  }
  return key;
}
