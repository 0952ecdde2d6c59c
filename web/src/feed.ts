import type { EventMessage } from './operations.js';

/** What the badge shows; "connecting" only before the first connection. */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** Why a transport's stream ended. */
export type FeedEnd =
  /** The server completed the stream (after a StreamNotice): subscribe again. */
  | { kind: 'complete' }
  /** The transport never got through (e.g. WebSockets blocked): try the other one. */
  | { kind: 'unavailable' }
  /** The key was refused: retrying will not help. */
  | { kind: 'refused' }
  /** Any other failure: subscribe again after a pause. */
  | { kind: 'failed'; detail: string };

/** What a transport needs: the key, the resume point (read at every (re)subscribe), and where to report. */
export interface FeedParams {
  apiKey: string;
  since(): string | null;
  onMessage(message: EventMessage): void;
  onState(state: ConnectionState): void;
  onEnd(end: FeedEnd): void;
}

/** Closes a transport; it reports nothing afterwards. */
export type CloseFeed = () => void;

/** Waits between reconnection attempts: 0.5 s doubling to 5 s, with jitter so clients do not stampede. */
export function backoff(attempt: number): Promise<void> {
  const ms = Math.min(500 * 2 ** attempt, 5_000) + Math.random() * 300;
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The `campaignEvents` payload of one execution result, if it has one. */
export function eventOf(result: unknown): EventMessage | undefined {
  if (!result || typeof result !== 'object' || !('data' in result)) return undefined;
  const data = (result as { data?: { campaignEvents?: EventMessage } | null }).data;
  return data?.campaignEvents ?? undefined;
}
