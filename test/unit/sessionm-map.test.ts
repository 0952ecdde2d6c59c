import { describe, expect, it } from 'vitest';
import { toCampaign, toOffer } from '../../adapters/sessionm/map.js';
import { parseSessionMDate, sessionmCampaign, sessionmOffer } from '../../adapters/sessionm/wire.js';

const account = { provider: 'sessionm', account: 'unit' } as const;
const wireCampaign = (status: string) =>
  sessionmCampaign.parse({
    id: 721,
    external_id: 'd4f5fc94',
    name: 'Campaign Example',
    status,
    starts_at: '2020-08-12T15:02:54Z',
    ends_at: '2020-08-19T15:02:54Z',
    campaign_type: 'promotion',
  });

describe('SessionM mapping', () => {
  it('reads the three documented date forms as UTC', () => {
    const expected = '2017-11-28T16:26:10.000Z';
    expect(parseSessionMDate('2017-11-28T16:26:10Z').toISOString()).toBe(expected);
    expect(parseSessionMDate('2017-11-28 16:26:10').toISOString()).toBe(expected);
    expect(parseSessionMDate('2017-11-28T16:26:10+0000').toISOString()).toBe(expected);
  });

  it('maps each documented status word and keeps an unknown one as UNKNOWN', () => {
    const pairs = ['live', 'paused', 'draft', 'inreview', 'completed', 'archived'].map((word) => {
      const campaign = toCampaign(account, wireCampaign(word));
      return [campaign.providerStatus, campaign.status];
    });
    expect(Object.fromEntries(pairs)).toEqual({
      live: 'RUNNING',
      paused: 'PAUSED',
      draft: 'DRAFT',
      inreview: 'IN_REVIEW',
      completed: 'COMPLETED',
      archived: 'UNKNOWN',
    });
  });

  it('takes the creation time from starts_at when the answer has none, as the docs show', () => {
    const campaign = toCampaign(account, wireCampaign('live'));
    expect(campaign.createdAt.toISOString()).toBe('2020-08-12T15:02:54.000Z');
    expect(campaign.channels).toEqual(['IN_APP']);
  });

  it('keeps the documented deal percent as a decimal string, never a float', () => {
    const offer = toOffer(
      sessionmOffer.parse({
        offer_id: 1,
        name: 'Offer 1 gift card',
        type: 'deal',
        total_available: 100,
        deal: { percent: 12.5, offer_type_id: 'percent_discount', offer_media: [{ uri: 'http://x', content_type: 5 }] },
      }),
    );
    expect(offer.discount).toEqual({ type: 'PERCENT', providerType: 'percent_discount', value: '12.5' });
    expect(offer.media).toEqual([{ uri: 'http://x', kind: 'WEB_LINK', culture: null }]);
  });
});
