/** The cache shape yoga's parser cache takes. */
export interface DocumentCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

/**
 * A least-recently-used cache of parsed documents (or parse errors) that never keeps a large one: a client
 * sending many distinct near-limit documents must not be able to pin hundreds of megabytes in the cache.
 */
export function boundedDocumentCache<T>(maxEntries = 1_000, maxKeyLength = 20_000): DocumentCache<T> {
  const entries = new Map<string, T>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key, value) {
      if (key.length > maxKeyLength) return;
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
  };
}
