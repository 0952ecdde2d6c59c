import type { IncomingMessage, ServerResponse } from 'node:http';

/** A plain-HTTP route beside GraphQL: answers the request and returns true, or returns false to pass it on. */
export type HttpRoute = (req: IncomingMessage, res: ServerResponse) => boolean;

/** The request's path without its query string. */
export function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}
