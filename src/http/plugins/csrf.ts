import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';

/** The header a browser client sends on requests that are not preflighted (GET, form and text/plain POSTs). */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * Answers 403 to browser requests a page on another site could send without a CORS preflight, unless they
 * carry the CSRF header or an `Authorization` header. An EventSource that carries its key in `?api_key=`
 * passes too: a forged request cannot know the key.
 */
export function useCsrfPrevention(): Plugin {
  const prevention = useCSRFPrevention({ requestHeaders: [CSRF_HEADER, 'authorization'] });
  return {
    onRequestParse(payload) {
      if (new URL(payload.request.url).searchParams.has('api_key')) return;
      return prevention.onRequestParse?.(payload);
    },
  };
}
