import { json, type Route, type SandboxRequest, type SandboxResponse } from '../kit/router.js';
import { bearerOf } from './auth.js';
import { DUPLICATE_REQUEST } from './errors.js';
import {
  BSG_CURRENCY,
  emptyStatistics,
  formatBsgDate,
  MESSAGE_TYPE_LABELS,
  parseBsgDate,
  pricePerMessage,
  toCampaignSchema,
  type BsgMessageType,
} from './state.js';
import type { BsgStore } from './store.js';
import {
  parseBody,
  rcsSendBody,
  rcsSendGroupsBody,
  sendCampaignBody,
  smsSendBody,
  smsSendGroupsBody,
  smsSendIndividualBody,
  viberSendBody,
  whatsappSendBody,
} from './wire.js';

/** Contacts a contact list (group) is simulated to hold. */
export const CONTACTS_PER_GROUP = 100;

/** What every send endpoint boils down to. */
interface Submission {
  type: BsgMessageType;
  sender: string;
  text: string;
  phones: number;
  startAt?: string | undefined;
  fallbackSms?: boolean;
  dryRun?: boolean;
}

/** Accepts a validated send: the duplicate guard first, then a new campaign in `creation` (or a preview on `dry_run`). */
function submit(store: BsgStore, request: SandboxRequest, submission: Submission): SandboxResponse {
  if (store.isDuplicate(request.path, request.body, bearerOf(request) ?? '')) return DUPLICATE_REQUEST;
  const now = store.clock.now();
  const requestedStart = submission.startAt === undefined ? undefined : parseBsgDate(submission.startAt);
  const record = {
    name: `${MESSAGE_TYPE_LABELS[submission.type]} api campaign / ${formatBsgDate(now)}`,
    sender: submission.sender,
    status: 'creation' as const,
    messageType: submission.type,
    text: submission.text,
    phones: submission.phones,
    startAt: requestedStart && requestedStart > now ? requestedStart : now,
    realStartAt: null,
    finishedAt: null,
    createdAt: now,
    statusSince: now,
    updatedAt: now,
    statistics: emptyStatistics(),
    currency: BSG_CURRENCY,
    fallbackSms: submission.fallbackSms ?? false,
  };
  const price = Number((pricePerMessage(submission.type) * submission.phones).toFixed(7));
  if (submission.dryRun) return json(200, { data: toCampaignSchema({ ...record, id: 0 }, price) });
  return json(200, { data: toCampaignSchema(store.insert(record), price) });
}

/** A send route: parse the documented body, then submit what it asks for. */
function sendRoute<T>(
  store: BsgStore,
  name: string,
  path: string,
  parse: (body: unknown) => { ok: true; data: T } | { ok: false; failure: SandboxResponse },
  toSubmission: (body: T) => Submission,
): Route {
  return {
    name,
    method: 'POST',
    path,
    handler: (request) => {
      const parsed = parse(request.body);
      return parsed.ok ? submit(store, request, toSubmission(parsed.data)) : parsed.failure;
    },
  };
}

/** The generic send and the channel-specific sends of `/api/campaigns/…`. */
export function sendRoutes(store: BsgStore): Route[] {
  const bare = (route: Route): Route => ({
    ...route,
    handler: async (request) => {
      const answer = await route.handler(request);
      const data = answer.status === 200 ? (answer.json as { data?: unknown } | undefined)?.data : undefined;
      return data === undefined ? answer : json(200, data);
    },
  });
  return [
    sendRoute(
      store,
      'campaigns.send',
      '/api/campaigns/send',
      (b) => parseBody(sendCampaignBody, b),
      (body) => {
        const [primary = 'sms', fallback] = body.channels;
        const content = body[primary];
        const recipients = body.recipients.phones?.length ?? (body.recipients.groups?.length ?? 0) * CONTACTS_PER_GROUP;
        return {
          // MessageType has no voice or telegram word; those campaigns are reported as sms.
          type: primary === 'viber' || primary === 'rcs' ? primary : 'sms',
          sender: content && 'sender' in content ? (content.sender ?? '') : '',
          text: content?.text ?? '',
          phones: recipients,
          startAt: body.start_at,
          fallbackSms: fallback === 'sms',
          dryRun: body.dry_run === true,
        };
      },
    ),
    sendRoute(
      store,
      'campaigns.sms.send',
      '/api/campaigns/sms/send',
      (b) => parseBody(smsSendBody, b),
      (body) => ({
        type: 'sms',
        sender: body.sender,
        text: body.text,
        phones: body.phones.length,
        startAt: body.start_at,
      }),
    ),
    sendRoute(
      store,
      'campaigns.sms.sendGroups',
      '/api/campaigns/sms/send-groups',
      (b) => parseBody(smsSendGroupsBody, b),
      (body) => ({
        type: 'sms',
        sender: body.sender,
        text: body.text,
        phones: body.groups.length * CONTACTS_PER_GROUP,
        startAt: body.start_at,
      }),
    ),
    sendRoute(
      store,
      'campaigns.sms.sendIndividual',
      '/api/campaigns/sms/send-individual',
      (b) => parseBody(smsSendIndividualBody, b),
      (body) => ({
        type: 'sms',
        sender: body.messages[0]?.sender ?? '',
        text: body.messages.map((m) => m.text).join('\n'),
        phones: body.messages.length,
        startAt: body.start_at,
      }),
    ),
    sendRoute(
      store,
      'campaigns.viber.send',
      '/api/campaigns/viber/send',
      (b) => parseBody(viberSendBody, b),
      (body) => ({
        type: 'viber',
        sender: body.sender,
        text: body.text,
        phones: body.phones.length,
        startAt: body.start_at,
        fallbackSms: body.alternative_channel !== undefined,
      }),
    ),
    sendRoute(
      store,
      'campaigns.rcs.send',
      '/api/campaigns/rcs/send',
      (b) => parseBody(rcsSendBody, b),
      (body) => ({
        type: 'rcs',
        sender: body.sender,
        text: body.options.text ?? 'rich card',
        phones: body.phones.length,
        startAt: body.start_at,
        fallbackSms: body.alternative_channel !== undefined,
      }),
    ),
    sendRoute(
      store,
      'campaigns.rcs.sendGroups',
      '/api/campaigns/rcs/send-groups',
      (b) => parseBody(rcsSendGroupsBody, b),
      (body) => ({
        type: 'rcs',
        sender: body.sender,
        text: body.options.text ?? 'rich card',
        phones: body.groups.length * CONTACTS_PER_GROUP,
        startAt: body.start_at,
        fallbackSms: body.alternative_channel !== undefined,
      }),
    ),
    // WhatsApp answers a bare CampaignSchema, without the `data` envelope.
    bare(
      sendRoute(
        store,
        'campaigns.whatsapp.send',
        '/api/campaigns/whatsapp/send',
        (b) => parseBody(whatsappSendBody, b),
        (body) => ({
          type: 'whatsapp',
          sender: body.sender,
          text: `template:${body.template.name}`,
          phones: body.phones.length,
          startAt: body.start_at,
          fallbackSms: body.alternative_channel !== undefined && body.alternative_channel !== null,
        }),
      ),
    ),
  ];
}
