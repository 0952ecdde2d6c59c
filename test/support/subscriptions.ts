import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { recordReceived } from './secret-scan.js';

/** A live subscription the test reads message by message. */
export interface Subscription<Data> {
  next(): Promise<ExecutionResult<Data>>;
  close(): Promise<void>;
}

/** Collects pushed values and hands them out in order to whoever waits. */
class Inbox<T> {
  private readonly values: T[] = [];
  private readonly waiters: ((value: T) => void)[] = [];

  push(value: T): void {
    recordReceived(JSON.stringify(value));
    const waiter = this.waiters.shift();
    if (waiter) waiter(value);
    else this.values.push(value);
  }

  next(): Promise<T> {
    const value = this.values.shift();
    return value !== undefined ? Promise.resolve(value) : new Promise((resolve) => this.waiters.push(resolve));
  }
}

/** Subscribes over graphql-ws (WebSocket on the same /graphql path), authenticated by connectionParams. */
export function subscribeWs<Data, Variables extends Record<string, unknown>>(
  url: string,
  apiKey: string,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Subscription<Data> & { client: Client } {
  const client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${apiKey}` },
    retryAttempts: 0,
  });
  const inbox = new Inbox<ExecutionResult<Data>>();
  const dispose = client.subscribe<Data>(
    { query: print(document), variables },
    {
      next: (value) => inbox.push(value as ExecutionResult<Data>),
      error: (error) => inbox.push({ errors: [{ message: describeError(error) }] } as unknown as ExecutionResult<Data>),
      complete: () => undefined,
    },
  );
  return {
    client,
    next: () => inbox.next(),
    close: async () => {
      dispose();
      await client.dispose();
    },
  };
}

/** Subscribes over Server-Sent Events (yoga's `Accept: text/event-stream`); `lastEventId` resumes like EventSource. */
export function subscribeSse<Data, Variables>(
  url: string,
  apiKey: string,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  lastEventId?: string,
): Subscription<Data> & { frameIds: (string | null)[] } {
  const frameIds: (string | null)[] = [];
  const controller = new AbortController();
  const inbox = new Inbox<ExecutionResult<Data>>();
  void (async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${apiKey}`,
        'content-type': 'application/json',
        accept: 'text/event-stream',
        ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
      signal: controller.signal,
    });
    const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const chunk = await reader?.read().catch(() => undefined);
      if (!chunk || chunk.done) return;
      buffer += chunk.value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = frame
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('\n');
        if (frame.includes('event: next') && data) {
          frameIds.push(/^id: (.*)$/m.exec(frame)?.[1] ?? null);
          inbox.push(JSON.parse(data) as ExecutionResult<Data>);
        }
      }
    }
  })();
  return {
    frameIds,
    next: () => inbox.next(),
    close: async () => controller.abort(),
  };
}

/** A close event as "close <code> <reason>", anything else as its message. */
function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const { code, reason } = error as { code: number; reason?: string };
    return `close ${code} ${reason ?? ''}`.trim();
  }
  return error instanceof Error ? error.message : JSON.stringify(error);
}
