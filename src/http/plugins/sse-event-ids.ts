import type { Plugin } from 'graphql-yoga';

type ResultProcessor = Parameters<Parameters<NonNullable<Plugin['onResultProcess']>>[0]['setResultProcessor']>[0];

/** Subscription fields whose events carry a resumable `id`. */
const EVENT_FIELDS = ['campaignEvents', 'runEvents'];

/**
 * Gives every Server-Sent Event of an event subscription an `id:` line (the event's id), so a browser
 * EventSource reconnects with `Last-Event-ID` and resumes where it stopped; the context reads that
 * header as the default `since`. (Yoga's own SSE writer sends no ids.)
 */
export function useSseEventIds(): Plugin {
  return {
    onResultProcess({ request, resultProcessor, setResultProcessor }) {
      // Only SSE requests: re-registering the processor also sets the response's media type.
      if (!resultProcessor || !request.headers.get('accept')?.includes('text/event-stream')) return;
      const wrapped: ResultProcessor = async (result, fetchAPI, mediaType) => {
        const response = await resultProcessor(result, fetchAPI, mediaType);
        if (!response.headers.get('content-type')?.includes('text/event-stream') || !response.body) return response;
        return new fetchAPI.Response(response.body.pipeThrough(withEventIds()), response);
      };
      setResultProcessor(wrapped, 'text/event-stream');
    },
  };
}

function withEventIds(): TransformStream<Uint8Array, Uint8Array> {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let pending = '';
  return new TransformStream({
    transform(chunk, controller) {
      pending += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = pending.indexOf('\n\n')) >= 0) {
        const frame = pending.slice(0, end + 2);
        pending = pending.slice(end + 2);
        controller.enqueue(encoder.encode(addId(frame)));
      }
    },
    flush(controller) {
      if (pending) controller.enqueue(encoder.encode(pending));
    },
  });
}

function addId(frame: string): string {
  const data = /^data: (.*)$/m.exec(frame)?.[1];
  if (!data) return frame;
  try {
    const parsed = JSON.parse(data) as { data?: Record<string, { id?: unknown } | null> };
    const id = EVENT_FIELDS.map((field) => parsed.data?.[field]?.id).find((value) => typeof value === 'string');
    return typeof id === 'string' ? `id: ${id}\n${frame}` : frame;
  } catch {
    return frame;
  }
}
