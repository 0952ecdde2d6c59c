import { json, type SandboxRequest, type SandboxResponse } from '../kit/router.js';

/** Page size when none (or an unusable one) is asked for, and the largest served. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** DRF page-number paging with the `payload` envelope the SDK reads first; a page past the end is a 404. */
export function paginate<T>(request: SandboxRequest, items: readonly T[], view: (item: T) => unknown): SandboxResponse {
  const requestedSize = Number(request.query.get('page_size') ?? DEFAULT_PAGE_SIZE);
  const size =
    Number.isInteger(requestedSize) && requestedSize > 0 ? Math.min(MAX_PAGE_SIZE, requestedSize) : DEFAULT_PAGE_SIZE;
  const rawPage = request.query.get('page') ?? '1';
  const pages = Math.max(1, Math.ceil(items.length / size));
  const page = rawPage === 'last' ? pages : Number(rawPage);
  if (!Number.isInteger(page) || page < 1 || page > pages) return json(404, { detail: 'Invalid page.' });
  const link = (n: number) => {
    const params = new URLSearchParams(request.query);
    params.set('page', String(n));
    return `http://${String(request.headers.host)}${request.path}?${params.toString()}`;
  };
  return json(200, {
    count: items.length,
    next: page < pages ? link(page + 1) : null,
    previous: page > 1 ? link(page - 1) : null,
    num_pages: pages,
    payload: items.slice((page - 1) * size, page * size).map(view),
  });
}

/** A django-filter choice filter: undefined when absent, or the 400 for a value outside `choices`. */
export function choiceFilter(
  request: SandboxRequest,
  name: string,
  choices: readonly string[],
): { value?: string; refusal?: SandboxResponse } {
  const value = request.query.get(name);
  if (value === null || value === '') return {};
  if (!choices.includes(value)) {
    return {
      refusal: json(400, { [name]: [`Select a valid choice. ${value} is not one of the available choices.`] }),
    };
  }
  return { value };
}

/** Newest first, ties broken by id, so paging is stable. */
export function newestFirst<T extends { created_at: string; id: string }>(a: T, b: T): number {
  if (a.created_at !== b.created_at) return a.created_at < b.created_at ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
