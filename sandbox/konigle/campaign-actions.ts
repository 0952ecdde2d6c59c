import { json, type Route, type SandboxRequest, type SandboxResponse } from '../kit/router.js';
import { CAMPAIGNS_PATH, NOT_FOUND } from './campaign-routes.js';
import { fitsDigits, toCents } from './decimal.js';
import { beginRun, cancelRun, pauseRun } from './lifecycle.js';
import type { KonigleCampaign, KonigleStatus } from './state.js';
import type { KonigleStore } from './store.js';
import { campaignView } from './views.js';
import { campaignAddLtv, campaignSchedule, campaignTestEmail, parseBody } from './wire.js';

/** Digits a campaign's `ltv` holds (DecimalField max_digits=12, decimal_places=2). */
const CAMPAIGN_LTV_DIGITS = 12;
/** Digits a contact's `ltv` holds (max_digits=19). */
const CONTACT_LTV_DIGITS = 19;

/** Statuses `cancel` accepts (the sync SDK docs; the async docstring omits paused). */
const CANCELLABLE: readonly KonigleStatus[] = ['running', 'draft', 'scheduled', 'paused'];

/** The server's refusal of an action in the wrong status (the SDK's documented ValueError), as a DRF 400. */
export function refuseTransition(action: string, status: KonigleStatus): SandboxResponse {
  return json(400, { detail: `Campaign cannot be ${action} in status '${status}'.` });
}

type Action = (store: KonigleStore, campaign: KonigleCampaign, request: SandboxRequest) => SandboxResponse | undefined;

/** The action endpoints `POST /campaigns/{id}/<action>`; each answers the updated campaign. */
export function campaignActionRoutes(store: KonigleStore): Route[] {
  const route = (name: string, path: string, run: Action): Route => ({
    name: `campaigns.${name}`,
    method: 'POST',
    path: `${CAMPAIGNS_PATH}/:id/${path}`,
    handler: (request) => {
      const campaign = store.campaigns.get(request.params['id'] ?? '');
      if (!campaign) return NOT_FOUND;
      return run(store, campaign, request) ?? json(200, campaignView(campaign, true));
    },
  });
  return [
    route('start', 'start', start),
    route('pause', 'pause', (s, c) => {
      if (c.status !== 'running') return refuseTransition('paused', c.status);
      pauseRun(s, c);
      return undefined;
    }),
    route('resume', 'resume', (s, c) => {
      if (c.status !== 'paused') return refuseTransition('resumed', c.status);
      if (c.execution) c.execution.resumed_at = s.nowIso();
      beginRun(s, c);
      return undefined;
    }),
    route('cancel', 'cancel', (s, c) => {
      if (!CANCELLABLE.includes(c.status)) return refuseTransition('cancelled', c.status);
      cancelRun(s, c);
      return undefined;
    }),
    route('schedule', 'schedule', schedule),
    route('addLtv', 'add-ltv', addLtv),
    route('sendTestEmail', 'send-test-email', sendTestEmail),
  ];
}

/** Draft or scheduled only; a draft whose send time is still ahead becomes scheduled, anything else runs now. */
const start: Action = (store, campaign) => {
  if (campaign.status !== 'draft' && campaign.status !== 'scheduled')
    return refuseTransition('started', campaign.status);
  const at = campaign.scheduled_at === null ? undefined : Date.parse(campaign.scheduled_at);
  if (campaign.status === 'draft' && at !== undefined && at > store.clock.now().getTime()) {
    store.setStatus(campaign, 'scheduled');
  } else {
    beginRun(store, campaign);
  }
  return undefined;
};

/** Draft only; `scheduled_at` may be omitted when the campaign already has one. */
const schedule: Action = (store, campaign, request) => {
  const body = parseBody(campaignSchedule, request.body);
  if ('errors' in body) return json(400, body.errors);
  if (campaign.status !== 'draft') return refuseTransition('scheduled', campaign.status);
  const at = body.data.scheduled_at ?? campaign.scheduled_at;
  if (at === null) return json(400, { scheduled_at: ['This field is required.'] });
  if (Date.parse(at) <= store.clock.now().getTime())
    return json(400, { scheduled_at: ['Scheduled time must be in the future.'] });
  campaign.scheduled_at = new Date(at).toISOString();
  store.setStatus(campaign, 'scheduled');
  return undefined;
};

/** Adds a purchase's revenue to the campaign and, when `contact_email` names one, to that contact. */
const addLtv: Action = (store, campaign, request) => {
  const body = parseBody(campaignAddLtv, request.body);
  if ('errors' in body) return json(400, body.errors);
  const { value, currency, contact_email: email } = body.data;
  const cents = toCents(value);
  const contact = email === undefined ? undefined : store.contactByEmail(email);
  if (email !== undefined && !contact) return json(400, { contact_email: ['Contact with this email does not exist.'] });
  const errors: Record<string, string[]> = {};
  if (campaign.ltvCents !== null && currency !== campaign.ltv_currency)
    errors['currency'] = [`Currency must match the campaign LTV currency (${campaign.ltv_currency}).`];
  else if (contact && contact.ltvCents !== null && currency !== contact.ltv_currency)
    errors['currency'] = [`Currency must match the contact LTV currency (${contact.ltv_currency}).`];
  else if (!fitsDigits((campaign.ltvCents ?? 0n) + cents, CAMPAIGN_LTV_DIGITS))
    errors['value'] = [`Ensure that there are no more than ${CAMPAIGN_LTV_DIGITS} digits in total.`];
  else if (contact && !fitsDigits((contact.ltvCents ?? 0n) + cents, CONTACT_LTV_DIGITS))
    errors['value'] = [`Ensure that there are no more than ${CONTACT_LTV_DIGITS} digits in total.`];
  if (Object.keys(errors).length > 0) return json(400, errors);
  const now = store.nowIso();
  campaign.ltvCents = (campaign.ltvCents ?? 0n) + cents;
  campaign.ltv_currency = currency;
  campaign.updated_at = now;
  if (contact) {
    contact.ltvCents = (contact.ltvCents ?? 0n) + cents;
    contact.ltv_currency = currency;
    contact.last_purchased_at = now;
    contact.updated_at = now;
  }
  return undefined;
};

const sendTestEmail: Action = (_store, campaign, request) => {
  const body = parseBody(campaignTestEmail, request.body);
  if ('errors' in body) return json(400, body.errors);
  if (campaign.email_template === null) return json(400, { detail: 'Campaign has no email template.' });
  return json(200, { success: true, message: `Test email sent to ${body.data.email_address}.` });
};
