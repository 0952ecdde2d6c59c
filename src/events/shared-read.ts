/** How long a read started for one subscriber also answers the others receiving the same event. */
const SHARE_MS = 1_000;

const reads = new WeakMap<object, { started: number; result: Promise<unknown> }>();

/**
 * Runs `read` once for an event delivered to many subscribers (the buses hand every local subscriber the
 * same event object) and gives its result to each of them, instead of one provider read per subscriber.
 * A read older than a second is not reused (a replayed event reads afresh), nor is a failed one.
 */
export function readOncePerEvent<T>(event: object, read: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const shared = reads.get(event);
  if (shared && now - shared.started <= SHARE_MS) return shared.result as Promise<T>;
  const result = read();
  reads.set(event, { started: now, result });
  result.catch(() => {
    if (reads.get(event)?.result === result) reads.delete(event);
  });
  return result;
}
