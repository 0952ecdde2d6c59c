import {
  BSG_CURRENCY,
  emptyStatistics,
  fillWaitingCounters,
  formatBsgDate,
  MESSAGE_TYPE_LABELS,
  type BsgCampaignRecord,
  type BsgMessageType,
  type BsgStatus,
} from './state.js';
import type { BsgStore } from './store.js';

type Seed = Pick<BsgCampaignRecord, 'name' | 'sender' | 'status' | 'messageType' | 'text' | 'phones'> & {
  createdMinutesAgo: number;
  startsInMinutes?: number;
};

const DEMO: Seed[] = [
  {
    name: 'Spring sale SMS',
    sender: 'ShopLine',
    status: 'done',
    messageType: 'sms',
    text: 'Spring sale: -20% on everything until Sunday!',
    phones: 1200,
    createdMinutesAgo: 7 * 24 * 60,
  },
  {
    name: 'Order ready notice',
    sender: 'ShopLine',
    status: 'sending',
    messageType: 'sms',
    text: 'Your order is ready for pickup.',
    phones: 300,
    createdMinutesAgo: 90,
  },
  {
    name: 'Weekend Viber promo',
    sender: 'ShopLine',
    status: 'scheduled',
    messageType: 'viber',
    text: 'Weekend deals inside the app.',
    phones: 800,
    createdMinutesAgo: 60,
    startsInMinutes: 24 * 60,
  },
  {
    name: 'Loyalty RCS card',
    sender: 'ShopLine',
    status: 'moderation',
    messageType: 'rcs',
    text: 'Your loyalty card is here.',
    phones: 150,
    createdMinutesAgo: 30,
  },
  {
    name: 'Flash sale paused',
    sender: 'ShopLine',
    status: 'paused',
    messageType: 'sms',
    text: 'Flash sale starts now.',
    phones: 500,
    createdMinutesAgo: 240,
  },
  {
    name: 'Cancelled reminder',
    sender: 'ShopLine',
    status: 'stopped',
    messageType: 'sms',
    text: 'Reminder: your appointment.',
    phones: 50,
    createdMinutesAgo: 3 * 24 * 60,
  },
  {
    name: 'WhatsApp delivery update',
    sender: 'shop_wa',
    status: 'done',
    messageType: 'whatsapp',
    text: 'template:delivery_update',
    phones: 75,
    createdMinutesAgo: 2 * 24 * 60,
  },
  {
    name: 'Blocked promo',
    sender: 'ShopLine',
    status: 'spam',
    messageType: 'sms',
    text: 'WIN a FREE prize!!!',
    phones: 10,
    createdMinutesAgo: 5 * 24 * 60,
  },
];

const TYPES: BsgMessageType[] = ['sms', 'sms', 'viber', 'rcs', 'whatsapp'];
const STATUSES: BsgStatus[] = ['done', 'done', 'stopped', 'sending', 'scheduled', 'paused'];

/**
 * Seeds the named demo campaigns and `extra` generated ones (one minute apart, older than every demo one),
 * inserted oldest first so ids grow with `created_at`. Pure arithmetic: the same options give the same data.
 */
export function seedBsg(store: BsgStore, extra: number): void {
  const now = store.clock.now().getTime();
  const minutes = (n: number) => n * 60_000;
  const generated = Array.from({ length: extra }, (_, i): Seed => {
    const createdMinutesAgo = 30 * 24 * 60 + extra - i;
    const messageType = TYPES[i % TYPES.length] ?? 'sms';
    return {
      name: `${MESSAGE_TYPE_LABELS[messageType]} api campaign / ${formatBsgDate(new Date(now - minutes(createdMinutesAgo)))}`,
      sender: 'ShopLine',
      status: STATUSES[i % STATUSES.length] ?? 'done',
      messageType,
      text: `Message number ${i + 1}`,
      phones: 10 + (i % 90),
      createdMinutesAgo,
      ...(i % STATUSES.length === 4 ? { startsInMinutes: 7 * 24 * 60 + i } : {}),
    };
  });
  const all = [...generated, ...DEMO].sort((a, b) => b.createdMinutesAgo - a.createdMinutesAgo);
  for (const seed of all) {
    const createdAt = new Date(now - minutes(seed.createdMinutesAgo));
    const startAt = new Date(
      seed.startsInMinutes !== undefined ? now + minutes(seed.startsInMinutes) : createdAt.getTime(),
    );
    const finished = seed.status === 'done' || seed.status === 'stopped' || seed.status === 'spam';
    const sent = seed.status === 'done' ? seed.phones : seed.status === 'sending' ? Math.floor(seed.phones / 2) : 0;
    const statistics = {
      ...emptyStatistics(),
      sent,
      delivered: sent - Math.floor(sent / 10),
      undelivered: Math.floor(sent / 10),
    };
    const record = store.insert({
      name: seed.name,
      sender: seed.sender,
      status: seed.status,
      messageType: seed.messageType,
      text: seed.text,
      phones: seed.phones,
      startAt,
      realStartAt: sent > 0 || seed.status === 'paused' ? startAt : null,
      finishedAt: finished ? new Date(createdAt.getTime() + minutes(10)) : null,
      createdAt,
      statusSince: new Date(now),
      updatedAt: new Date(now),
      statistics,
      currency: BSG_CURRENCY,
      fallbackSms: seed.messageType !== 'sms' && seed.phones % 2 === 0,
    });
    fillWaitingCounters(record);
  }
}
