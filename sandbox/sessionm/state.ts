import { createHash } from 'node:crypto';
import type { SandboxClock } from '../kit/clock.js';

/** The admin campaign status words the Campaigns API documents. */
export const CAMPAIGN_STATUSES = ['live', 'paused', 'draft', 'inreview', 'completed'] as const;
/** One of the five admin status words. */
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** `campaign_type`, which `template` mirrors. */
export type CampaignType = 'promotion' | 'messaging';
/** Behavior `type` as the Behaviors object names it. */
export type BehaviorType = 'count' | 'unique' | 'composite';

/** One goal of a behavior: an Events API event the customer must send `count` times. */
export interface GoalRecord {
  eventName: string;
  count: number;
  points: number;
  required: boolean;
  groupId: string;
}

/** A behavior (achievement) as the simulator holds it. */
export interface BehaviorRecord {
  id: number;
  externalId: string;
  name: string;
  eventName: string;
  type: BehaviorType;
  points: number;
  maxTimesRepeatable: number | null;
  maxTimesRepeatablePerPeriod: number | null;
  /** Seconds. */
  period: number | null;
  /** Seconds. */
  minTimeBetweenEvents: number | null;
  consecutive: boolean;
  goals: GoalRecord[];
}

/** The creative a campaign's ad group holds: a tile or a full-page promotion. */
export type CreativeRecord =
  | {
      kind: 'tile';
      message: {
        header: string;
        subheader: string;
        description: string;
        icon_url: string;
        image_url: string;
        points: number;
      };
      actionType: 'open_ad' | 'deep_link' | 'external_link' | 'campaign';
      actionUrl: string;
    }
  | { kind: 'promotion'; type: 'internal_full_page' | 'internal_behavior' };

/** One campaign (AdCampaign) as the simulator holds it. */
export interface CampaignRecord {
  id: number;
  permalink: string;
  name: string;
  status: CampaignStatus;
  startsAt: Date;
  endsAt: Date;
  campaignType: CampaignType;
  metadata: Record<string, unknown>;
  totalBudget: number;
  weight: number;
  optinRequired: boolean;
  optInStartsAt: Date | null;
  optInEndsAt: Date | null;
  /** How many customers may opt in; null for no limit. */
  optInLimit: number | null;
  reportingEndsAt: Date | null;
  targeting: Record<string, unknown> | null;
  qualifyTag: string | null;
  disqualifyTag: string | null;
  ssapName: string | null;
  version: number;
  groupId: number;
  creativeId: number;
  creative: CreativeRecord;
  behaviors: BehaviorRecord[];
  /** Offers in their documented wire shape. */
  offers: Record<string, unknown>[];
  createdAt: Date;
  updatedAt: Date;
}

/** A customer (registered, or anonymous when it has only an auth token). */
export interface UserRecord {
  id: string;
  externalId: string | null;
  authToken: string;
  tags: string[];
  anonymous: boolean;
}

/** A customer's progress on one behavior. */
export interface BehaviorProgressRecord {
  /** Event occurrences per goal event name, toward the next achievement. */
  counts: Record<string, number>;
  achieved: number;
  achievedAt: Date[];
  lastCountedAt: Date | null;
  uniqueKeys: string[];
}

/** A customer's standing in one campaign. */
export interface ParticipationRecord {
  /** Set only once the customer explicitly opted in (true) or out (false). */
  optedIn: boolean | undefined;
  behaviors: Map<number, BehaviorProgressRecord>;
}

/** A status change, as the lifecycle and the control routes report it. */
export interface StatusChange {
  campaign: CampaignRecord;
  previousStatus: CampaignStatus;
  status: CampaignStatus;
  at: Date;
}

/** A deterministic GUID derived from a seed string, shaped like the platform's ids. */
export function guid(seed: string): string {
  const hex = createHash('sha1').update(`sessionm:${seed}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-1${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The in-memory platform: campaigns, customers and their participation. */
export class SessionMStore {
  readonly campaigns = new Map<number, CampaignRecord>();
  readonly users = new Map<string, UserRecord>();
  private readonly byPermalink = new Map<string, number>();
  private readonly byExternalUser = new Map<string, string>();
  private readonly byToken = new Map<string, string>();
  private readonly participation = new Map<string, ParticipationRecord>();
  private readonly listeners: ((change: StatusChange) => void)[] = [];
  private nextId = 1001;

  constructor(readonly clock: SandboxClock) {}

  /** Stores a campaign under the next database id. */
  insert(campaign: Omit<CampaignRecord, 'id' | 'groupId' | 'creativeId'>): CampaignRecord {
    const id = this.nextId++;
    const record: CampaignRecord = { ...campaign, id, groupId: id + 2000, creativeId: id + 4000 };
    this.campaigns.set(id, record);
    this.byPermalink.set(record.permalink, id);
    return record;
  }

  addUser(user: UserRecord): void {
    this.users.set(user.id, user);
    if (user.externalId !== null) this.byExternalUser.set(user.externalId, user.id);
    this.byToken.set(user.authToken, user.id);
  }

  campaignById(id: string): CampaignRecord | undefined {
    return /^\d+$/.test(id) ? this.campaigns.get(Number(id)) : undefined;
  }

  campaignByPermalink(permalink: string): CampaignRecord | undefined {
    const id = this.byPermalink.get(permalink);
    return id === undefined ? undefined : this.campaigns.get(id);
  }

  nameTaken(name: string): boolean {
    for (const campaign of this.campaigns.values()) if (campaign.name === name) return true;
    return false;
  }

  userByExternalId(externalId: string): UserRecord | undefined {
    const id = this.byExternalUser.get(externalId);
    return id === undefined ? undefined : this.users.get(id);
  }

  userByToken(token: string): UserRecord | undefined {
    const id = this.byToken.get(token);
    return id === undefined ? undefined : this.users.get(id);
  }

  /** The customer's participation record, created empty on first use. */
  participationOf(userId: string, campaignId: number): ParticipationRecord {
    const key = `${userId}:${campaignId}`;
    let record = this.participation.get(key);
    if (record === undefined) {
      record = { optedIn: undefined, behaviors: new Map() };
      this.participation.set(key, record);
    }
    return record;
  }

  /** The customer's participation for reading: the stored record, or an empty one that is not kept. */
  peekParticipation(userId: string, campaignId: number): ParticipationRecord {
    return this.participation.get(`${userId}:${campaignId}`) ?? { optedIn: undefined, behaviors: new Map() };
  }

  optInCount(campaignId: number): number {
    let count = 0;
    for (const [key, record] of this.participation) {
      if (record.optedIn === true && key.endsWith(`:${campaignId}`)) count += 1;
    }
    return count;
  }

  onStatusChange(listener: (change: StatusChange) => void): void {
    this.listeners.push(listener);
  }

  /** Changes a campaign's status, stamps `updatedAt` and tells listeners; a no-op when unchanged. */
  setStatus(campaign: CampaignRecord, status: CampaignStatus): void {
    if (campaign.status === status) return;
    const previousStatus = campaign.status;
    const at = this.clock.now();
    campaign.status = status;
    campaign.updatedAt = at;
    for (const listener of this.listeners) listener({ campaign, previousStatus, status, at });
  }

  /** True while customers can engage: live and inside its run window. */
  isActive(campaign: CampaignRecord): boolean {
    const now = this.clock.now().getTime();
    return campaign.status === 'live' && campaign.startsAt.getTime() <= now && now < campaign.endsAt.getTime();
  }
}
