/** The one normalized campaign status every provider's status maps to. */
export const CAMPAIGN_STATUSES = [
  'DRAFT',
  'PENDING',
  'IN_REVIEW',
  'SCHEDULED',
  'RUNNING',
  'PAUSED',
  'COMPLETED',
  'CANCELLED',
  'FAILED',
  'REJECTED',
  'UNKNOWN',
] as const;

export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** Lifecycle actions a caller can ask for; COMPLETED, FAILED and REJECTED only ever come from a provider. */
export const CAMPAIGN_ACTIONS = ['START', 'PAUSE', 'RESUME', 'CANCEL', 'SCHEDULE'] as const;

export type CampaignAction = (typeof CAMPAIGN_ACTIONS)[number];

interface Transition {
  from: readonly CampaignStatus[];
  to: CampaignStatus;
}

/** The normalized status machine: which statuses each action may leave from, and where it leads. */
export const TRANSITIONS: Readonly<Record<CampaignAction, Transition>> = {
  START: { from: ['DRAFT', 'SCHEDULED'], to: 'RUNNING' },
  PAUSE: { from: ['RUNNING'], to: 'PAUSED' },
  RESUME: { from: ['PAUSED'], to: 'RUNNING' },
  CANCEL: { from: ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'RUNNING', 'PAUSED'], to: 'CANCELLED' },
  SCHEDULE: { from: ['DRAFT'], to: 'SCHEDULED' },
};

/** Statuses no action can leave. */
export const TERMINAL_STATUSES: readonly CampaignStatus[] = ['COMPLETED', 'CANCELLED', 'FAILED', 'REJECTED'];

/** True when the status machine lets `action` leave `status`. */
export function canTransition(status: CampaignStatus, action: CampaignAction): boolean {
  return TRANSITIONS[action].from.includes(status);
}

/** The status an allowed action leads to. */
export function targetStatus(action: CampaignAction): CampaignStatus {
  return TRANSITIONS[action].to;
}

/** Normalized status of one run (a Peach run, a Konigle execution, a BSG send). */
export const RUN_STATUSES = [
  'PENDING',
  'RUNNING',
  'PAUSED',
  'SUCCEEDED',
  'PARTIALLY_SUCCEEDED',
  'FAILED',
  'CANCELLED',
  'UNKNOWN',
] as const;

export type RunStatus = (typeof RUN_STATUSES)[number];
