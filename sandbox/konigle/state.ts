/** Konigle campaign statuses (`CampaignStatus`). */
export const CAMPAIGN_STATUSES = [
  'draft',
  'scheduled',
  'running',
  'completed',
  'paused',
  'cancelled',
  'failed',
] as const;
export type KonigleStatus = (typeof CAMPAIGN_STATUSES)[number];

/** The execution sub-status (`CampaignExecutionStatus`). */
export const EXECUTION_STATUSES = [
  'pending',
  'processing',
  'paused',
  'halted',
  'completed',
  'failed',
  'cancelled',
  'partially_completed',
] as const;
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

/** Contact sources (`source`). */
export const CONTACT_SOURCES = ['purchase', 'lead', 'migration', 'unknown'] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

/** A campaign's execution (`CampaignExecution`): the delivery counters of its one run. */
export interface Execution {
  status: ExecutionStatus;
  started_at: string | null;
  completed_at: string | null;
  expected_completion_at: string | null;
  paused_at: string | null;
  resumed_at: string | null;
  cancelled_at: string | null;
  last_run_at: string | null;
  next_run_at: string | null;
  total_contacts: number;
  total_sent: number;
  total_failed: number;
  total_delivered: number;
  total_bounced: number;
  total_complained: number;
  total_opened: number | null;
  total_clicked: number | null;
  error_message: string;
}

/** A campaign as stored: the wire `Campaign` fields plus clock bookkeeping. */
export interface KonigleCampaign {
  id: string;
  created_at: string;
  updated_at: string;
  channel_type: 'email';
  email_channel: string | null;
  email_template: string | null;
  audience: string;
  name: string;
  description: string;
  scheduled_at: string | null;
  execution_duration_minutes: number | null;
  from_email: string;
  from_name: string;
  reply_to_email: string;
  reply_to_name: string;
  utm_code: string;
  status: KonigleStatus;
  ltvCents: bigint | null;
  ltv_currency: string;
  execution: Execution | null;
  /** Clock time (ms) the current stretch of sending began; null when not sending. */
  runningSince: number | null;
  /** Share of the audience already processed before the current stretch (0..1). */
  progressBefore: number;
}

/** A contact as stored. */
export interface KonigleContact {
  id: string;
  created_at: string;
  updated_at: string;
  email: string;
  first_name: string;
  last_name: string;
  phone: string;
  whatsapp: string;
  country: string;
  source: ContactSource;
  tags: string[];
  marketing_consent: { email: boolean; sms: boolean; whatsapp: boolean };
  customer_id: string;
  ltvCents: bigint | null;
  ltv_currency: string;
  last_purchased_at: string | null;
}

/** An audience: contacts carrying any of `tags` (every contact when empty). */
export interface KonigleAudience {
  id: string;
  created_at: string;
  updated_at: string;
  name: string;
  description: string;
  tags: string[];
  code: string;
  /** Recipients an execution counts; demo audiences stand for lists larger than the demo contacts. */
  size: number;
}

/** An email template, as created by the hybrid `new-email-campaign` call or seeded. */
export interface KonigleTemplate {
  id: string;
  name: string;
  subject: string;
  body_html: string;
  body_text: string;
}

/** An email channel: campaigns reference its id, the hybrid create its code. */
export interface KonigleChannel {
  id: string;
  code: string;
  name: string;
}

/** An empty execution for `totalContacts` recipients. */
export function newExecution(totalContacts: number): Execution {
  return {
    status: 'pending',
    started_at: null,
    completed_at: null,
    expected_completion_at: null,
    paused_at: null,
    resumed_at: null,
    cancelled_at: null,
    last_run_at: null,
    next_run_at: null,
    total_contacts: totalContacts,
    total_sent: 0,
    total_failed: 0,
    total_delivered: 0,
    total_bounced: 0,
    total_complained: 0,
    total_opened: 0,
    total_clicked: 0,
    error_message: '',
  };
}
