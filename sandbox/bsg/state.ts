/** BSG's campaign status words (`CampaignStatus`), as the One-API spec lists them. */
export const BSG_STATUSES = [
  'creation',
  'scheduled',
  'sending',
  'done',
  'paused',
  'stopped',
  'spam',
  'moderation',
] as const;
export type BsgStatus = (typeof BSG_STATUSES)[number];

/** Statuses a campaign never leaves on its own. */
export const TERMINAL_STATUSES: ReadonlySet<BsgStatus> = new Set(['done', 'stopped', 'spam']);

/** `MessageType` of `CampaignSchema`. */
export type BsgMessageType = 'sms' | 'viber' | 'hlr' | 'rcs' | 'whatsapp';

/** Delivery counters as `StatisticsData` names them. */
export interface BsgStatistics {
  delivered: number;
  sent: number;
  scheduled: number;
  moderation: number;
  accepted: number;
  sending: number;
  expired: number;
  failed: number;
  undelivered: number;
  unknown: number;
  read: number;
  not_viber_user: number;
  not_rcs_user: number;
}

/** One campaign as the simulator holds it. */
export interface BsgCampaignRecord {
  id: number;
  name: string;
  sender: string;
  status: BsgStatus;
  messageType: BsgMessageType;
  text: string;
  phones: number;
  startAt: Date;
  realStartAt: Date | null;
  finishedAt: Date | null;
  createdAt: Date;
  /** When the status last changed (drives the clock lifecycle). */
  statusSince: Date;
  /** When anything about the campaign last changed. */
  updatedAt: Date;
  statistics: BsgStatistics;
  currency: string;
  fallbackSms: boolean;
}

/** How BSG names a campaign sent through the API: "<Label> api campaign / <created>". */
export const MESSAGE_TYPE_LABELS: Record<BsgMessageType, string> = {
  sms: 'SMS',
  viber: 'Viber',
  rcs: 'RCS',
  whatsapp: 'WhatsApp',
  hlr: 'HLR',
};

/** Simulated tariff: what one message costs on each channel, in the account currency. */
export function pricePerMessage(type: BsgMessageType): number {
  return type === 'sms' ? 0.0264 : 0.015;
}

/** The account currency of the simulated account. */
export const BSG_CURRENCY = 'EUR';

/** Messages the primary channel could not deliver go out as SMS. */
function fallbackStatistics(primary: BsgStatistics): BsgStatistics {
  return { ...emptyStatistics(), sent: primary.undelivered, delivered: primary.undelivered };
}

/** All-zero counters. */
export function emptyStatistics(): BsgStatistics {
  return {
    delivered: 0,
    sent: 0,
    scheduled: 0,
    moderation: 0,
    accepted: 0,
    sending: 0,
    expired: 0,
    failed: 0,
    undelivered: 0,
    unknown: 0,
    read: 0,
    not_viber_user: 0,
    not_rcs_user: 0,
  };
}

/** The per-status counters of `/detail`: messages waiting in moderation, in the schedule or in the send queue. */
export function fillWaitingCounters(campaign: BsgCampaignRecord): void {
  const waiting = campaign.phones - campaign.statistics.sent;
  Object.assign(campaign.statistics, { scheduled: 0, moderation: 0, sending: 0 });
  if (campaign.status === 'scheduled') campaign.statistics.scheduled = waiting;
  if (campaign.status === 'moderation') campaign.statistics.moderation = waiting;
  if (campaign.status === 'sending') campaign.statistics.sending = waiting;
}

/** "Y-m-d H:i:s" in UTC, the display format of BSG's timestamps. */
export function formatBsgDate(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

/** Accepts "Y-m-d H:i:s" (UTC) and ISO 8601. */
export function parseBsgDate(value: string): Date | undefined {
  const text = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(value) ? `${value.replace(' ', 'T')}Z` : value;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The `CampaignSchema` a campaign is answered as. */
export function toCampaignSchema(record: BsgCampaignRecord, calculatedPrice: number | null = 0) {
  return {
    id: record.id,
    name: record.name,
    sender: record.sender,
    status: record.status,
    message_type: record.messageType,
    start_at: formatBsgDate(record.startAt),
    real_start_at: record.realStartAt ? formatBsgDate(record.realStartAt) : null,
    finished_at: record.finishedAt ? formatBsgDate(record.finishedAt) : null,
    created_at: formatBsgDate(record.createdAt),
    statistics: { delivered: record.statistics.delivered, sent: record.statistics.sent },
    calculated_price: calculatedPrice,
    currency: record.currency,
    alternative_channels: null,
  };
}

/** The `DetailCampaignSchema` of `/detail` (note its different field names). */
export function toDetailSchema(record: BsgCampaignRecord) {
  const total = pricePerMessage(record.messageType) * record.statistics.sent;
  return {
    id: record.id,
    name: record.name,
    sender: record.sender,
    status: record.status,
    type: record.messageType,
    started_at: formatBsgDate(record.startAt),
    actual_start_at: record.realStartAt ? formatBsgDate(record.realStartAt) : null,
    finished_at: record.finishedAt ? formatBsgDate(record.finishedAt) : null,
    created_at: formatBsgDate(record.createdAt),
    statistics: record.statistics,
    alternative_channels: record.fallbackSms ? { sms: { statistics: fallbackStatistics(record.statistics) } } : [],
    total_messages: record.phones,
    total_phones: record.phones,
    total_price: total.toFixed(7),
    currency: record.currency,
  };
}

/** `CampaignSchema` as the simulator answers it. */
export type BsgCampaignWire = ReturnType<typeof toCampaignSchema>;
/** `DetailCampaignSchema` as the simulator answers it. */
export type BsgCampaignDetailWire = ReturnType<typeof toDetailSchema>;
