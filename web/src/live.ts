import { backoff, type CloseFeed, type ConnectionState, type FeedEnd, type FeedParams } from './feed.js';
import type { EventMessage } from './operations.js';
import { openSseFeed } from './sse-feed.js';
import { openWsFeed } from './ws-feed.js';

type CampaignEventMessage = Extract<EventMessage, { __typename: 'CampaignEvent' }>;

/** What the live feed needs and whom it tells. */
export interface LiveOptions {
  apiKey: string;
  /** The event id read together with the list: events after it are replayed, so none is missed. */
  since: string | null;
  /** `ws` (falling back to SSE when WebSockets do not get through) or `sse` only. */
  transport: 'ws' | 'sse';
  onEvent(event: CampaignEventMessage): void;
  /** The stream's history no longer reaches `since`: reload the list and start again. */
  onHistoryLost(): void;
  onState(state: ConnectionState, detail?: string): void;
}

/** A running campaign event stream. */
export interface Live {
  stop(): void;
}

/** Follows `campaignEvents` for as long as the page lives: resumes with `since` after every drop or notice. */
export function startLive(options: LiveOptions): Live {
  // No event yet when the list was read: every event from the first one on is new to this page.
  let since = options.since ?? '0';
  let transport = options.transport;
  let close: CloseFeed | undefined;
  let stopped = false;
  let noticeSeen = false;
  let feedState: ConnectionState = 'connecting';
  let browserOffline = !navigator.onLine;

  const report = () => options.onState(browserOffline ? 'offline' : feedState);
  const onOffline = () => {
    browserOffline = true;
    report();
  };
  const onOnline = () => {
    browserOffline = false;
    report();
  };
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);

  const params: FeedParams = {
    apiKey: options.apiKey,
    since: () => since,
    onMessage: (message) => {
      if (message.__typename === 'CampaignEvent') {
        since = message.id;
        options.onEvent(message);
        return;
      }
      noticeSeen = true;
      if (message.kind === 'HISTORY_TRUNCATED') {
        stop();
        options.onHistoryLost();
      } else if (message.lastEventId) {
        since = message.lastEventId;
      }
    },
    onState: (state) => {
      feedState = state;
      report();
    },
    onEnd: (end) => void ended(end),
  };

  const open = () => {
    noticeSeen = false;
    close = transport === 'ws' ? openWsFeed(params) : openSseFeed(params);
  };

  async function ended(end: FeedEnd): Promise<void> {
    close?.();
    if (stopped) return;
    if (end.kind === 'refused') {
      stop();
      options.onState('offline', 'The API key was refused for live updates.');
      return;
    }
    if (end.kind === 'unavailable' && transport === 'ws') {
      transport = 'sse';
      open();
      return;
    }
    if (end.kind !== 'complete' || !noticeSeen) {
      params.onState('reconnecting');
      await backoff(2);
      if (stopped) return;
    }
    open();
  }

  function stop(): void {
    stopped = true;
    close?.();
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
  }

  if (typeof WebSocket === 'undefined') transport = 'sse';
  open();
  return { stop };
}
