import { z } from 'zod';
import { json, type Route } from '../kit/router.js';
import { parseBsgDate, toCampaignSchema, type BsgCampaignRecord } from './state.js';
import type { BsgStore } from './store.js';
import { bsgMessage, validationFailure } from './errors.js';

const date = z.string().refine((value) => parseBsgDate(value) !== undefined, 'This value is not a valid datetime.');

/** The query of `GET /api/campaigns`, with the spec's bounds and defaults. */
const listQuery = z.object({
  'page[offset]': z.coerce.number().int().min(0).default(0),
  'page[limit]': z.coerce.number().int().min(30).max(500).default(50),
  sort: z.enum(['id', 'sender', 'type', 'date', 'status']).default('id'),
  way: z.enum(['asc', 'desc']).default('asc'),
  'filter[from]': date.optional(),
  'filter[to]': date.optional(),
  'filter[type]': z.enum(['sms', 'rcs', 'whatsapp']).optional(),
  'search[field]': z.enum(['sender', 'taskname']).optional(),
  'search[value]': z.string().min(1).max(255).optional(),
});

type SortField = z.infer<typeof listQuery>['sort'];

/** Sort keys that never change after creation: their orders are kept between requests until a campaign is added. */
const FIXED_KEYS: ReadonlySet<SortField> = new Set(['id', 'sender', 'type', 'date']);

const SORT_KEYS: Record<SortField, (c: BsgCampaignRecord) => string | number> = {
  id: (c) => c.id,
  sender: (c) => c.sender,
  type: (c) => c.messageType,
  date: (c) => c.createdAt.getTime(),
  status: (c) => c.status,
};

/** `GET /api/campaigns`: offset paging, sort, date and type filters, search by sender or task name. */
export function listRoute(store: BsgStore): Route {
  const sorted = sortedCampaigns(store);
  return {
    name: 'campaigns.list',
    method: 'GET',
    path: '/api/campaigns',
    handler: (request) => {
      const parsed = listQuery.safeParse(Object.fromEntries(request.query), { error: bsgMessage });
      if (!parsed.success) return validationFailure(parsed.error);
      const q = parsed.data;
      const from = q['filter[from]'] ? parseBsgDate(q['filter[from]']) : undefined;
      const to = q['filter[to]'] ? parseBsgDate(q['filter[to]']) : undefined;
      const needle = q['search[value]']?.toLowerCase();
      const field = q['search[field]'] ?? 'taskname';
      const filtered = from || to || q['filter[type]'] || needle;
      const ordered = sorted(q.sort, q.way);
      const matching = !filtered
        ? ordered
        : ordered.filter(
            (c) =>
              (!from || c.createdAt >= from) &&
              (!to || c.createdAt <= to) &&
              (!q['filter[type]'] || c.messageType === q['filter[type]']) &&
              (!needle || (field === 'sender' ? c.sender : c.name).toLowerCase().includes(needle)),
          );
      const page = matching.slice(q['page[offset]'], q['page[offset]'] + q['page[limit]']);
      return json(200, {
        data: page.map((c) => toCampaignSchema(c)),
        meta: { page: { total: matching.length, offset: q['page[offset]'], limit: q['page[limit]'] } },
      });
    },
  };
}

/** Every campaign in an asked order; orders by fixed keys are kept between requests until the store grows. */
function sortedCampaigns(store: BsgStore) {
  const cache = new Map<string, { size: number; sorted: BsgCampaignRecord[] }>();
  return (sort: SortField, way: 'asc' | 'desc'): readonly BsgCampaignRecord[] => {
    const cached = cache.get(`${sort}:${way}`);
    if (cached?.size === store.campaigns.size) return cached.sorted;
    const key = SORT_KEYS[sort];
    const sign = way === 'asc' ? 1 : -1;
    const sorted = [...store.campaigns.values()].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      return ka === kb ? sign * (a.id - b.id) : ka < kb ? -sign : sign;
    });
    if (FIXED_KEYS.has(sort)) cache.set(`${sort}:${way}`, { size: sorted.length, sorted });
    return sorted;
  };
}
