import { fromCents } from './decimal.js';
import type { Execution, KonigleAudience, KonigleCampaign, KonigleContact } from './state.js';

/** The wire `Campaign`: the stored fields without clock bookkeeping; `execution` in the detail view only. */
export type KonigleCampaignWire = Omit<
  KonigleCampaign,
  'ltvCents' | 'runningSince' | 'progressBefore' | 'execution'
> & {
  ltv: string | null;
  execution?: Execution | null;
};

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
