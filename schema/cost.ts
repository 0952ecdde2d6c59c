/** The page size a connection is charged for when the query gives none (the lists' own default). */
const DEFAULT_PAGE = 20;
/** How many items a plain list is assumed to hold (its items come with their parent, not from extra calls). */
const LIST_SIZE = 5;

/**
 * What a field costs when it declares nothing: 1, with its selection counted once per item it can
 * return: `first`/`last` items for a connection (20 without them), 10 for a list.
 */
export function defaultFieldCost(
  args: Record<string, unknown>,
  _context: unknown,
  field: { type: unknown },
): number | { field: number; multiplier: number } {
  const type = String(field.type);
  const page = typeof args['first'] === 'number' ? args['first'] : args['last'];
  if (typeof page === 'number') return { field: 1, multiplier: Math.max(0, page) };
  if (/Connection!?$/.test(type)) return { field: 1, multiplier: DEFAULT_PAGE };
  return type.startsWith('[') ? { field: 1, multiplier: LIST_SIZE } : 1;
}
