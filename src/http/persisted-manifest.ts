import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PersistedOperations } from './plugins/persisted-operations.js';

const manifestSchema = z.record(z.string().regex(/^[0-9a-f]{64}$/, 'must be a hex SHA-256'), z.string().min(1));

/** The id of a persisted operation: hex SHA-256 of its document text (as Apollo's APQ computes it). */
export function operationHash(document: string): string {
  return createHash('sha256').update(document, 'utf8').digest('hex');
}

/** A manifest's JSON: each document under its hash. */
export function manifestOf(documents: Iterable<string>): Record<string, string> {
  const manifest: Record<string, string> = {};
  for (const document of documents) manifest[operationHash(document)] = document;
  return manifest;
}

/** Reads and checks a manifest file; throws naming the file when it is unreadable or a hash does not match. */
export function loadPersistedOperations(path: string): PersistedOperations {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not a readable JSON manifest (${(error as Error).message})`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues[0]?.message ?? 'invalid manifest'}`);
  for (const [hash, document] of Object.entries(parsed.data)) {
    if (operationHash(document) !== hash) throw new Error(`${path}: ${hash} is not the SHA-256 of its document`);
  }
  return new Map(Object.entries(parsed.data));
}
