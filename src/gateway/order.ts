import type { CampaignOrder } from '../../adapters/port.js';
import type { Campaign } from '../domain/campaign.js';
import { encodeRef } from '../domain/ids.js';

/** Orders campaigns by the requested field and direction (missing values last), then by global id. */
export function comparator(order: CampaignOrder): (a: Campaign, b: Campaign) => number {
  const sign = order.direction === 'ASC' ? 1 : -1;
  return (a, b) => {
    const keyA = sortKey(a, order);
    const keyB = sortKey(b, order);
    if (keyA !== keyB) {
      if (keyA === null) return 1;
      if (keyB === null) return -1;
      return keyA < keyB ? -sign : sign;
    }
    const idA = encodeRef(a);
    const idB = encodeRef(b);
    return idA === idB ? 0 : idA < idB ? -1 : 1;
  };
}

function sortKey(campaign: Campaign, order: CampaignOrder): string | number | null {
  switch (order.field) {
    case 'CREATED_AT':
      return campaign.createdAt.getTime();
    case 'UPDATED_AT':
      return (campaign.updatedAt ?? campaign.createdAt).getTime();
    case 'NAME':
      return campaign.name.toLowerCase();
    case 'STARTS_AT':
      return campaign.schedule.startsAt?.getTime() ?? null;
  }
}
