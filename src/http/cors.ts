import type { CORSOptions } from 'graphql-yoga';

/**
 * CORS by allow-list: an origin in `origins` gets the CORS headers (no cookies: keys travel in headers),
 * any other origin gets none, so browsers refuse to hand it the response. An empty list allows no origin.
 */
export function corsFromAllowList(origins: readonly string[]): (request: Request) => CORSOptions {
  const allowed = new Set(origins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      exposedHeaders: ['x-request-id'],
      maxAge: 600,
    };
  };
}
