import { GRAPHQL_PATH } from './api.js';
import { backoff, eventOf, type CloseFeed, type FeedParams } from './feed.js';
import { EVENTS } from './operations.js';

/** Reads `event: next` frames until the server's `event: complete` (true) or the body ends (false). */
async function readFrames(body: ReadableStream<Uint8Array>, onData: (data: string) => void): Promise<boolean> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) return false;
    buffer += decoder.decode(chunk.value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end).split('\n');
      buffer = buffer.slice(end + 2);
      const event = frame
        .find((line) => line.startsWith('event:'))
        ?.slice(6)
        .trim();
      const data = frame
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trim())
        .join('\n');
      if (event === 'complete') return true;
      if (event === 'next' && data) onData(data);
    }
  }
}

/** `campaignEvents` over Server-Sent Events (POST /graphql, Accept: text/event-stream), reconnecting with `since`. */
export function openSseFeed(params: FeedParams): CloseFeed {
  const controller = new AbortController();
  let closed = false;
  void (async () => {
    let attempt = 0;
    let connectedOnce = false;
    while (!closed) {
      params.onState(connectedOnce ? 'reconnecting' : 'connecting');
      try {
        const response = await fetch(GRAPHQL_PATH, {
          method: 'POST',
          headers: {
            accept: 'text/event-stream',
            'content-type': 'application/json',
            authorization: `Bearer ${params.apiKey}`,
          },
          body: JSON.stringify({ query: EVENTS, variables: { since: params.since() } }),
          signal: controller.signal,
        });
        if (response.status === 401 || response.status === 403) return params.onEnd({ kind: 'refused' });
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        connectedOnce = true;
        attempt = 0;
        params.onState('live');
        const completed = await readFrames(response.body, (data) => {
          const message = eventOf(JSON.parse(data));
          if (message && !closed) params.onMessage(message);
        });
        if (completed && !closed) return params.onEnd({ kind: 'complete' });
      } catch {
        if (closed) return;
      }
      if (closed) return;
      params.onState('reconnecting');
      await backoff(attempt++);
    }
  })();
  return () => {
    closed = true;
    controller.abort();
  };
}
