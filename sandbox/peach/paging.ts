import { json, type SandboxRequest, type SandboxResponse } from '../kit/router.js';
import { NOT_FOUND, pageQuery, peachError, validationError } from './wire.js';

/**
 * Answers a list request with Peach's envelope `{status, total, count, nextUrl, previousUrl, data}`.
 * `items` are newest first; an empty page is Peach's 404 ("none to show — a 404, but not an error").
 */
export function listResponse<T extends { id: string }>(
  request: SandboxRequest,
  items: readonly T[],
  toWire: (item: T) => unknown,
): SandboxResponse {
  const parsed = pageQuery.safeParse(Object.fromEntries(request.query));
  if (!parsed.success) return validationError(parsed.error);
  const { limit, startingAfter, endingBefore } = parsed.data;
  const cursor = endingBefore ?? startingAfter;
  const cursorIndex = cursor === undefined ? -1 : items.findIndex((item) => item.id === cursor);
  if (cursor !== undefined && cursorIndex < 0) {
    return peachError(400, `${endingBefore !== undefined ? 'endingBefore' : 'startingAfter'}: unknown object id`);
  }
  const start =
    endingBefore !== undefined ? Math.max(0, cursorIndex - limit) : startingAfter !== undefined ? cursorIndex + 1 : 0;
  const end = endingBefore !== undefined ? cursorIndex : start + limit;
  const page = items.slice(start, end);
  const first = page[0];
  const last = page.at(-1);
  if (first === undefined || last === undefined) return NOT_FOUND();
  const link = (name: string, id: string) => {
    const url = new URL(request.path, `http://${request.headers.host ?? 'localhost'}`);
    url.searchParams.set('limit', String(limit));
    url.searchParams.set(name, id);
    return url.toString();
  };
  return json(200, {
    status: 200,
    total: items.length,
    count: page.length,
    nextUrl: start + page.length < items.length ? link('startingAfter', last.id) : null,
    previousUrl: start > 0 ? link('endingBefore', first.id) : null,
    data: page.map(toWire),
  });
}
