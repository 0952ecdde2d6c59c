import { randomUUID } from 'node:crypto';

/** What a caller's `x-request-id` may look like to be reused; anything else gets a fresh UUID. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;

const ids = new WeakMap<Request, string>();

/** A request id from a presented value when it is well-formed, otherwise a fresh UUID. */
export function chooseRequestId(presented: string | null | undefined): string {
  return presented && REQUEST_ID.test(presented) ? presented : randomUUID();
}

/** The one request id of an HTTP request (the same for every plugin, the context, logs and errors). */
export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (id === undefined) {
    id = chooseRequestId(request.headers.get('x-request-id'));
    ids.set(request, id);
  }
  return id;
}
