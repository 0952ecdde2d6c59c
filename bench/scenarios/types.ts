import type { TargetSummary } from '../lib/interleave.js';

/** What every scenario reports: per-target medians, ratios, and free-form measurements. */
export interface ScenarioResult {
  scenario: string;
  description: string;
  targets?: TargetSummary[];
  ratios?: Record<string, number | null>;
  measurements?: Record<string, number | string | null>;
  notes?: string[];
}
