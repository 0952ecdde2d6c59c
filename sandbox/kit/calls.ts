/** One request a simulator received, as tests and benchmarks count them. */
export interface CallRecord {
  at: string;
  method: string;
  path: string;
  /** The route name that matched, e.g. "campaigns.list"; "unmatched" when none did. */
  route: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  /** The fault that was injected into this call, if any. */
  fault?: string;
  /** Request headers the tests inspect (request id, trace context, idempotency key). */
  headers: Record<string, string>;
}

/** Headers kept in the call log; credentials are never kept. */
const LOGGED_HEADERS = ['x-request-id', 'traceparent', 'idempotency-key', 'user-agent'];

/** Append-only log of the calls a simulator served. */
export class CallLog {
  private records: CallRecord[] = [];

  record(entry: Omit<CallRecord, 'headers'> & { headers: Record<string, string | string[] | undefined> }): void {
    const headers: Record<string, string> = {};
    for (const name of LOGGED_HEADERS) {
      const value = entry.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    this.records.push({ ...entry, headers });
  }

  list(route?: string): readonly CallRecord[] {
    return route === undefined ? this.records : this.records.filter((r) => r.route === route);
  }

  count(route?: string): number {
    return this.list(route).length;
  }

  clear(): void {
    this.records = [];
  }
}
