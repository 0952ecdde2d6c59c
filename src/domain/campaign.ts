import type { Money } from './money.js';
import type { AccountRef, Capability } from './provider.js';
import type { KonigleCampaignDetails } from './konigle.js';
import type { PeachCampaignDetails } from './peach.js';
import type { SessionMCampaignDetails } from './sessionm.js';
import type { CampaignAction, CampaignStatus } from './status.js';
import { canTransition } from './status.js';

/** The channels a campaign reaches people through. */
export const CHANNELS = [
  'EMAIL',
  'SMS',
  'RCS',
  'VIBER',
  'WHATSAPP',
  'VOICE',
  'TELEGRAM',
  'PUSH',
  'INBOX',
  'IN_APP',
  'OTHER',
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Where a campaign lives: provider, account and the provider's own id. */
export interface CampaignRef extends AccountRef {
  providerId: string;
}

/** When a campaign runs: a window, a one-off scheduled time, or a recurring cron. */
export interface Schedule {
  startsAt: Date | null;
  endsAt: Date | null;
  scheduledAt: Date | null;
  cron: string | null;
}

/** Delivery counters; null where the provider does not report that counter. */
export interface CampaignStats {
  recipients: number | null;
  sent: number | null;
  delivered: number | null;
  failed: number | null;
  opened: number | null;
  clicked: number | null;
  cost: Money | null;
}

/** BSG-only facts about a campaign. */
export interface BsgCampaignDetails {
  provider: 'bsg';
  sender: string | null;
  messageType: string;
  realStartAt: Date | null;
  finishedAt: Date | null;
}

/** Provider-only facts, one typed member per provider; other providers add theirs here. */
export type CampaignDetails =
  BsgCampaignDetails | SessionMCampaignDetails | KonigleCampaignDetails | PeachCampaignDetails;

/** A campaign as the gateway sees it, whatever provider holds it. */
export interface Campaign extends CampaignRef {
  name: string;
  description: string | null;
  status: CampaignStatus;
  /** The provider's own status word, kept for display and debugging. */
  providerStatus: string;
  channels: Channel[];
  schedule: Schedule;
  stats: CampaignStats | null;
  ltv: Money | null;
  createdAt: Date;
  updatedAt: Date | null;
  details: CampaignDetails;
}

/** Maps a lifecycle action to the capability that allows it. */
export const ACTION_CAPABILITY: Readonly<Record<CampaignAction, Capability>> = {
  START: 'START',
  PAUSE: 'PAUSE',
  RESUME: 'RESUME',
  CANCEL: 'CANCEL',
  SCHEDULE: 'SCHEDULE',
};

/** What a campaign can do now: the provider's capabilities crossed with the status machine. */
export function availableActions(status: CampaignStatus, capabilities: ReadonlySet<Capability>): CampaignAction[] {
  return (Object.keys(ACTION_CAPABILITY) as CampaignAction[]).filter(
    (action) => capabilities.has(ACTION_CAPABILITY[action]) && canTransition(status, action),
  );
}

/** An empty schedule, for providers that have none. */
export const NO_SCHEDULE: Schedule = { startsAt: null, endsAt: null, scheduledAt: null, cron: null };
