import type { Plugin } from 'graphql-yoga';
import { bearerToken, type ApiKeyIndex, type Principal } from '../../auth/api-keys.js';
import { requestIdOf } from '../request-id.js';

/** Principals of authenticated HTTP requests, read by the context factory. */
export const principals = new WeakMap<Request, Principal>();

/**
 * Answers 401 before any GraphQL work when a request has no valid API key (`Authorization: Bearer`,
 * or `?api_key=` for EventSource clients that cannot set headers). The GraphiQL page itself is public.
 */
export function useApiKeyAuth(keys: () => ApiKeyIndex): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method === 'GET' && request.headers.get('accept')?.includes('text/html')) return;
      const key = bearerToken(request.headers.get('authorization')) ?? url.searchParams.get('api_key') ?? undefined;
      const principal = key ? keys().authenticate(key) : undefined;
      if (principal) {
        principals.set(request, principal);
        return;
      }
      const message = key ? 'The API key is not valid.' : 'An API key is required: send `Authorization: Bearer <key>`.';
      const extensions = { code: 'UNAUTHENTICATED', requestId: requestIdOf(request) };
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions }] }), {
          status: 401,
          headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer' },
        }),
      );
    },
  };
}
