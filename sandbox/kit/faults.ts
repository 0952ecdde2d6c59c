import { z } from 'zod';

/** The faults every simulator can inject, named as the fault-matrix tests name them. */
export const FAULT_KINDS = [
  'latency',
  'hang',
  'status-500',
  'status-502',
  'status-503',
  'status-504',
  'rate-limit',
  'reset',
  'malformed-json',
  'schema-violation',
  'trickle',
  'wrong-content-type',
  'oversized',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

/** One fault rule; `route` matches a route name (e.g. "campaigns.list") or every route when absent. */
export const faultRuleSchema = z.object({
  kind: z.enum(FAULT_KINDS),
  route: z.string().optional(),
  /** Share of matching calls that fail, 0..1. */
  rate: z.number().min(0).max(1).default(1),
  /** How many more calls it may hit; unlimited when absent. */
  times: z.number().int().positive().optional(),
  /** Added delay for `latency`, per-chunk delay for `trickle`. */
  delayMs: z.number().int().nonnegative().default(1000),
  /** Retry-After for `rate-limit`: seconds, or an HTTP date when `retryAfterDate` is set. */
  retryAfterSeconds: z.number().int().nonnegative().default(1),
  retryAfterDate: z.boolean().default(false),
  /** Body size for `oversized`: a valid JSON document of about this many bytes. */
  bytes: z.number().int().positive().default(6_000_000),
});

export type FaultRule = z.infer<typeof faultRuleSchema>;
export type FaultRuleInput = z.input<typeof faultRuleSchema>;

/** Holds the active fault rules and decides, per call, which one (if any) fires. */
export class FaultSwitch {
  private rules: FaultRule[] = [];

  constructor(private readonly random: () => number = Math.random) {}

  add(input: FaultRuleInput): FaultRule {
    const rule = faultRuleSchema.parse(input);
    this.rules.push(rule);
    return rule;
  }

  clear(): void {
    this.rules = [];
  }

  list(): readonly FaultRule[] {
    return this.rules;
  }

  /** Picks the first rule matching the route that fires at its rate, and spends one of its `times`. */
  pick(route: string): FaultRule | undefined {
    for (const rule of this.rules) {
      if (rule.route !== undefined && rule.route !== route) continue;
      if (rule.rate < 1 && this.random() >= rule.rate) continue;
      if (rule.times !== undefined) {
        rule.times -= 1;
        if (rule.times === 0) this.rules = this.rules.filter((r) => r !== rule);
      }
      return rule;
    }
    return undefined;
  }
}
