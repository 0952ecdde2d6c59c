/** Label values kept as-is for the most distinct operation names; later ones share one value. */
const MAX_OPERATION_NAMES = 100;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Keeps the `operation` label low-cardinality although clients choose the names: well-formed names up
 * to a fixed number, `__other` beyond that or for odd names, `__anonymous` for unnamed operations.
 */
export class OperationNameLabels {
  private readonly seen = new Set<string>();

  label(name: string | null | undefined): string {
    if (!name) return '__anonymous';
    if (this.seen.has(name)) return name;
    if (!OPERATION_NAME.test(name) || this.seen.size >= MAX_OPERATION_NAMES) return '__other';
    this.seen.add(name);
    return name;
  }
}
