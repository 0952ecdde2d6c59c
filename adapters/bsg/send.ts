import type { SendCampaignInput } from '../../src/domain/inputs.js';
import { formatBsgDate } from './wire.js';

const CHANNEL_WORD = { SMS: 'sms', RCS: 'rcs', VIBER: 'viber', WHATSAPP: 'whatsapp' } as const;

/** Builds the documented send request: `/api/campaigns/send` for sms, rcs and viber, WhatsApp's own endpoint otherwise. */
export function sendRequest(input: SendCampaignInput): { path: string; endpoint: string; body: unknown } {
  const phones = input.phones.map((number) => ({ number }));
  const startAt = input.startAt ? { start_at: formatBsgDate(input.startAt) } : {};
  if (input.channel === 'WHATSAPP') {
    const template = input.whatsappTemplate;
    return {
      path: '/api/campaigns/whatsapp/send',
      endpoint: '/api/campaigns/whatsapp/send',
      body: {
        phones,
        sender: input.sender,
        type: 'template',
        template: template ? { name: template.name, language: { code: template.languageCode }, components: [] } : null,
        ...(input.fallbackChannel ? { alternative_channel: { sms: { sender: input.sender, text: input.text } } } : {}),
        ...startAt,
      },
    };
  }
  const channels = [CHANNEL_WORD[input.channel], ...(input.fallbackChannel ? ['sms'] : [])];
  const message = { sender: input.sender, text: input.text };
  return {
    path: '/api/campaigns/send',
    endpoint: '/api/campaigns/send',
    body: {
      channels,
      recipients: { phones },
      ...Object.fromEntries(channels.map((channel) => [channel, message])),
      ...(input.tariffCode !== null ? { tariff_code: input.tariffCode } : {}),
      ...(input.validityHours !== null ? { validity: input.validityHours } : {}),
      ...startAt,
    },
  };
}
