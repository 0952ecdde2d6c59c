import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';

/** The header a browser client sends on requests that are not preflighted (GET, form and text/plain POSTs). */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * Answers 403 to browser requests a page on another site could send without a CORS preflight (GET, form
 * and text/plain POSTs), unless they carry the CSRF header or an `Authorization` header. An EventSource
 * (a GET for text/event-stream, its key in `?api_key=`) passes: it cannot set headers and reads nothing
 * a forged request could not.
 */
export function useCsrfPrevention(): Plugin {
  const prevention = useCSRFPrevention({ requestHeaders: [CSRF_HEADER, 'authorization'] });
  return {
    onRequestParse(payload) {
      if (isEventSource(payload.request)) return;
      return prevention.onRequestParse?.(payload);
    },
  };
}

function isEventSource(request: Request): boolean {
  return request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/event-stream');
}
