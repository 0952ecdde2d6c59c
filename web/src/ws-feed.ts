import { CloseCode, createClient } from 'graphql-ws';
import { GRAPHQL_PATH } from './api.js';
import { backoff, eventOf, type CloseFeed, type FeedParams } from './feed.js';
import { EVENTS } from './operations.js';

const REFUSED = new Set<number>([CloseCode.Forbidden, CloseCode.Unauthorized]);

function closeCode(value: unknown): number | undefined {
  return value && typeof value === 'object' && 'code' in value && typeof value.code === 'number'
    ? value.code
    : undefined;
}

/**
 * `campaignEvents` over graphql-ws on /graphql. The client retries dropped sockets forever and
 * resubscribes with the same payload, whose `variables` are read again then, so it resumes after the
 * last event seen rather than the one the page started from.
 */
export function openWsFeed(params: FeedParams): CloseFeed {
  let connectedOnce = false;
  let failuresBeforeConnect = 0;
  let closed = false;
  const url = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${GRAPHQL_PATH}`;
  const client = createClient({
    url,
    connectionParams: { authorization: `Bearer ${params.apiKey}` },
    lazyCloseTimeout: 1_000,
    retryAttempts: Infinity,
    retryWait: backoff,
    shouldRetry: (reason) => {
      if (REFUSED.has(closeCode(reason) ?? 0)) return false;
      return connectedOnce || ++failuresBeforeConnect < 2;
    },
    on: {
      connecting: () => {
        if (!closed) params.onState(connectedOnce ? 'reconnecting' : 'connecting');
      },
      connected: () => {
        connectedOnce = true;
        if (!closed) params.onState('live');
      },
      closed: () => {
        if (!closed && connectedOnce) params.onState('reconnecting');
      },
    },
  });
  const payload = {
    query: EVENTS,
    get variables() {
      return { since: params.since() };
    },
  };
  const unsubscribe = client.subscribe(payload, {
    next: (result) => {
      const message = eventOf(result);
      if (message && !closed) params.onMessage(message);
    },
    error: (reason) => {
      if (closed) return;
      const code = closeCode(reason);
      if (code !== undefined && REFUSED.has(code)) params.onEnd({ kind: 'refused' });
      else if (!connectedOnce) params.onEnd({ kind: 'unavailable' });
      else params.onEnd({ kind: 'failed', detail: Array.isArray(reason) ? String(reason[0]?.message) : String(code) });
    },
    complete: () => {
      if (!closed) params.onEnd({ kind: 'complete' });
    },
  });
  return () => {
    closed = true;
    unsubscribe();
    void client.dispose();
  };
}
