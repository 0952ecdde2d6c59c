import { writeFileSync } from 'node:fs';
import { print, type DocumentNode } from 'graphql';
import { manifestOf } from '../../src/http/persisted-manifest.js';
import * as generated from '../generated/graphql.js';

/** Every typed document codegen produced, printed the way clients send it. */
export function generatedDocuments(): string[] {
  return Object.values(generated as Record<string, unknown>)
    .filter((value): value is DocumentNode => (value as DocumentNode | null)?.kind === 'Document')
    .map((document) => print(document));
}

/** Writes the persisted-operations manifest of every generated document (`npm run persisted:write`). */
export function writePersistedOperations(path: string): number {
  const manifest = manifestOf(generatedDocuments());
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  return Object.keys(manifest).length;
}

if (process.argv[1]?.endsWith('persisted-operations.ts')) {
  const path = process.argv[2] ?? 'persisted-operations.json';
  console.warn(`${path}: ${writePersistedOperations(path)} operations`);
}
