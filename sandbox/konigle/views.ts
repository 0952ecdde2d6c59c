import { fromCents } from './decimal.js';
import type { Execution, KonigleAudience, KonigleCampaign, KonigleContact } from './state.js';

/** The wire `Campaign`. */
export interface KonigleCampaignWire {
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
  status: KonigleCampaign['status'];
  ltv: string | null;
  ltv_currency: string;
  /** Detail view only. */
  execution?: Execution | null;
}

/** The wire `Contact`. */
export type KonigleContactWire = Omit<KonigleContact, 'ltvCents'> & { ltv: string | null };

/** The wire `Campaign`; `execution` only in the detail view, as the SDK's `_detail_only_fields` says. */
export function campaignView(campaign: KonigleCampaign, detail: boolean): KonigleCampaignWire {
  const { ltvCents, runningSince: _since, progressBefore: _before, execution, ...rest } = campaign;
  return {
    ...rest,
    ltv: ltvCents === null ? null : fromCents(ltvCents),
    ...(detail ? { execution: execution ? { ...execution } : null } : {}),
  };
}

/** The wire `Contact`. */
export function contactView(contact: KonigleContact): KonigleContactWire {
  const { ltvCents, ...rest } = contact;
  return {
    ...rest,
    tags: [...rest.tags],
    marketing_consent: { ...rest.marketing_consent },
    ltv: ltvCents === null ? null : fromCents(ltvCents),
  };
}

/** The wire `Audience`. */
export function audienceView(audience: KonigleAudience): Omit<KonigleAudience, 'size'> {
  const { size: _size, ...rest } = audience;
  return { ...rest, tags: [...rest.tags] };
}
