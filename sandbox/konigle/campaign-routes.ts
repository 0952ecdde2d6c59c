import { json, type Route, type SandboxRequest, type SandboxResponse } from '../kit/router.js';
import { choiceFilter, newestFirst, paginate } from './paging.js';
import { CAMPAIGN_STATUSES, type KonigleCampaign } from './state.js';
import type { KonigleStore } from './store.js';
import { audienceView, campaignView } from './views.js';
import { campaignCreate, campaignCreateEmail, campaignUpdate, parseBody } from './wire.js';

/** Where the campaign endpoints live. */
export const CAMPAIGNS_PATH = '/reachout/api/v1/campaigns';
/** DRF's 404 body. */
export const NOT_FOUND = json(404, { detail: 'Not found.' });

type CampaignFields = Partial<KonigleCampaign> & Pick<KonigleCampaign, 'name' | 'audience'>;

/** The campaign resource endpoints: list, get, create, update, delete and the hybrid email create. */
export function campaignRoutes(store: KonigleStore): Route[] {
  const find = (request: SandboxRequest) => store.campaigns.get(request.params['id'] ?? '');
  return [
    { name: 'campaigns.list', method: 'GET', path: CAMPAIGNS_PATH, handler: (request) => list(store, request) },
    {
      name: 'campaigns.get',
      method: 'GET',
      path: `${CAMPAIGNS_PATH}/:id`,
      handler: (request) => {
        const campaign = find(request);
        return campaign ? json(200, campaignView(campaign, true)) : NOT_FOUND;
      },
    },
    {
      name: 'campaigns.create',
      method: 'POST',
      path: CAMPAIGNS_PATH,
      handler: (request) => {
        const body = parseBody(campaignCreate, request.body);
        if ('errors' in body) return json(400, body.errors);
        const missing = (['email_channel', 'email_template'] as const).filter((key) => !body.data[key]);
        if (missing.length > 0)
          return json(400, Object.fromEntries(missing.map((key) => [key, ['This field is required.']])));
        const refusal = checkRelations(store, body.data);
        if (refusal) return refusal;
        const { channel_type: _type, ...fields } = body.data;
        return json(201, campaignView(createCampaign(store, fields), true));
      },
    },
    {
      name: 'campaigns.update',
      method: 'PATCH',
      path: `${CAMPAIGNS_PATH}/:id`,
      handler: (request) => {
        const campaign = find(request);
        if (!campaign) return NOT_FOUND;
        const body = parseBody(campaignUpdate, request.body);
        if ('errors' in body) return json(400, body.errors);
        const restricted = Object.keys(body.data).some((key) => key !== 'name' && key !== 'description');
        if (restricted && campaign.status !== 'draft' && campaign.status !== 'scheduled') {
          return json(400, {
            detail: `Campaign can only be updated in draft or scheduled status (status is '${campaign.status}'); name and description can be updated at any time.`,
          });
        }
        const refusal = checkRelations(store, body.data);
        if (refusal) return refusal;
        if (campaign.status === 'scheduled' && body.data.scheduled_at === null)
          return json(400, { scheduled_at: ['A scheduled campaign needs a send time.'] });
        const { scheduled_at: at, ...rest } = body.data;
        Object.assign(campaign, rest, { updated_at: store.nowIso() });
        if (at !== undefined) campaign.scheduled_at = at === null ? null : new Date(at).toISOString();
        return json(200, campaignView(campaign, true));
      },
    },
    {
      name: 'campaigns.delete',
      method: 'DELETE',
      path: `${CAMPAIGNS_PATH}/:id`,
      handler: (request) => (store.campaigns.delete(request.params['id'] ?? '') ? json(204, undefined) : NOT_FOUND),
    },
    {
      name: 'campaigns.newEmailCampaign',
      method: 'POST',
      path: `${CAMPAIGNS_PATH}/new-email-campaign`,
      handler: (request) => newEmailCampaign(store, request),
    },
  ];
}

function list(store: KonigleStore, request: SandboxRequest): SandboxResponse {
  const status = choiceFilter(request, 'status', CAMPAIGN_STATUSES);
  const channel = choiceFilter(request, 'channel_type', ['email']);
  const refusal = status.refusal ?? channel.refusal;
  if (refusal) return refusal;
  const q = request.query.get('q')?.toLowerCase() ?? '';
  const audienceCode = request.query.get('audience') ?? '';
  const audience = audienceCode === '' ? undefined : store.audienceByCode(audienceCode);
  const items = [...store.campaigns.values()]
    .filter((c) => q === '' || c.name.toLowerCase().includes(q) || c.description.toLowerCase().includes(q))
    .filter((c) => status.value === undefined || c.status === status.value)
    .filter((c) => audienceCode === '' || c.audience === audience?.id)
    .sort(newestFirst);
  return paginate(request, items, (c) => campaignView(c, false));
}

/** `{field: ['Invalid pk "x" - object does not exist.']}` for references to unknown objects. */
function checkRelations(
  store: KonigleStore,
  fields: { audience?: string; email_channel?: string | null; email_template?: string | null },
): SandboxResponse | undefined {
  const errors: Record<string, string[]> = {};
  const check = (key: string, value: string | null | undefined, exists: (id: string) => boolean) => {
    if (value && !exists(value)) errors[key] = [`Invalid pk "${value}" - object does not exist.`];
  };
  check('audience', fields.audience, (id) => store.audiences.has(id));
  check('email_channel', fields.email_channel, (id) => store.channels.has(id));
  check('email_template', fields.email_template, (id) => store.templates.has(id));
  return Object.keys(errors).length > 0 ? json(400, errors) : undefined;
}

function newEmailCampaign(store: KonigleStore, request: SandboxRequest): SandboxResponse {
  const body = parseBody(campaignCreateEmail, request.body);
  if ('errors' in body) return json(400, body.errors);
  const b = body.data;
  const channel = store.channelByCode(b.email_channel);
  if (!channel) return json(400, { email_channel: [`Email channel with code "${b.email_channel}" does not exist.`] });
  const now = store.nowIso();
  const audienceName = b.audience_name || b.campaign_name;
  const audience = {
    id: store.nextId('aud'),
    created_at: now,
    updated_at: now,
    name: audienceName,
    description: b.description ?? '',
    tags: [...b.contact_tags],
    code: uniqueCode(store, audienceName),
    size: 0,
  };
  store.audiences.set(audience.id, audience);
  const template = {
    id: store.nextId('tpl'),
    name: b.template_name || b.campaign_name,
    subject: b.subject,
    body_html: b.body_html,
    body_text: b.body_text ?? '',
  };
  store.templates.set(template.id, template);
  const { campaign_name, contact_tags: _tags, subject: _s, body_html: _h, body_text: _t, ...rest } = b;
  const { audience_name: _a, template_name: _n, ...fields } = rest;
  const campaign = createCampaign(store, {
    ...fields,
    name: campaign_name,
    audience: audience.id,
    email_channel: channel.id,
    email_template: template.id,
  });
  return json(201, {
    campaign: campaignView(campaign, true),
    audience: audienceView(audience),
    email_template: template,
  });
}

function uniqueCode(store: KonigleStore, name: string): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 90) || 'audience';
  let code = base;
  for (let n = 2; store.audienceByCode(code); n += 1) code = `${base}-${n}`;
  return code;
}

/** Stores a new draft campaign with the documented defaults. */
export function createCampaign(store: KonigleStore, fields: CampaignFields): KonigleCampaign {
  const now = store.nowIso();
  const campaign: KonigleCampaign = {
    id: store.nextId('cmp'),
    created_at: now,
    updated_at: now,
    channel_type: 'email',
    email_channel: fields.email_channel ?? null,
    email_template: fields.email_template ?? null,
    audience: fields.audience,
    name: fields.name,
    description: fields.description ?? '',
    scheduled_at: fields.scheduled_at ? new Date(fields.scheduled_at).toISOString() : null,
    execution_duration_minutes: fields.execution_duration_minutes ?? null,
    from_email: fields.from_email ?? '',
    from_name: fields.from_name ?? '',
    reply_to_email: fields.reply_to_email ?? '',
    reply_to_name: fields.reply_to_name ?? '',
    utm_code: fields.utm_code ?? '',
    status: 'draft',
    ltvCents: null,
    ltv_currency: 'USD',
    execution: null,
    runningSince: null,
    progressBefore: 0,
  };
  store.campaigns.set(campaign.id, campaign);
  return campaign;
}
