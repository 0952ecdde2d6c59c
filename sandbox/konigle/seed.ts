import type { ExecutionStatus, KonigleCampaign, KonigleContact, KonigleStatus } from './state.js';
import { newExecution } from './state.js';
import { fill } from './lifecycle.js';
import type { KonigleStore } from './store.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Email channels (`email_channel` takes the id, the hybrid create the code). */
export const DEMO_CHANNELS = [
  { id: 'ch_marketing', code: 'marketing', name: 'Marketing' },
  { id: 'ch_transactional', code: 'transactional', name: 'Transactional' },
] as const;

/** Email templates campaigns may reference. */
export const DEMO_TEMPLATES = ['tpl_welcome', 'tpl_promo', 'tpl_newsletter'] as const;

/** Audiences: id, code (the list filter's `audience` value), tags, nominal size. */
export const DEMO_AUDIENCES = [
  { id: 'aud_newsletter', code: 'newsletter', name: 'Newsletter subscribers', tags: ['newsletter'], size: 1200 },
  { id: 'aud_vip', code: 'vip', name: 'VIP customers', tags: ['vip'], size: 240 },
  { id: 'aud_all', code: 'all-customers', name: 'All customers', tags: [], size: 5000 },
] as const;

/** The named demo campaigns, one per status (oldest first). */
export const DEMO_CAMPAIGNS = [
  { id: 'cmp_welcome_series', name: 'Welcome series', status: 'completed', audience: 'aud_newsletter' },
  { id: 'cmp_black_friday', name: 'Black Friday teaser', status: 'scheduled', audience: 'aud_all' },
  { id: 'cmp_vip_early_access', name: 'VIP early access', status: 'running', audience: 'aud_vip' },
  { id: 'cmp_spring_collection', name: 'Spring collection launch', status: 'draft', audience: 'aud_newsletter' },
  { id: 'cmp_winter_clearance', name: 'Winter clearance', status: 'paused', audience: 'aud_all' },
  { id: 'cmp_abandoned_cart', name: 'Abandoned cart nudge', status: 'cancelled', audience: 'aud_newsletter' },
  { id: 'cmp_broken_template', name: 'Holiday gift guide', status: 'failed', audience: 'aud_vip' },
] as const satisfies readonly { id: string; name: string; status: KonigleStatus; audience: string }[];

/** The demo contacts: id, email, first name, tags, source. */
export const DEMO_CONTACTS = [
  { id: 'ct_ada', email: 'ada@example.com', first_name: 'Ada', tags: ['newsletter', 'vip'], source: 'purchase' },
  { id: 'ct_ben', email: 'ben@example.com', first_name: 'Ben', tags: ['newsletter'], source: 'lead' },
  { id: 'ct_cleo', email: 'cleo@example.com', first_name: 'Cleo', tags: ['vip'], source: 'purchase' },
  { id: 'ct_dan', email: 'dan@example.com', first_name: 'Dan', tags: ['newsletter'], source: 'migration' },
  { id: 'ct_eve', email: 'eve@example.com', first_name: 'Eve', tags: [], source: 'unknown' },
] as const satisfies readonly {
  id: string;
  email: string;
  first_name: string;
  tags: readonly string[];
  source: KonigleContact['source'];
}[];

/** Share of the audience already processed, and the execution status, for a seeded status. */
const SEEDED_RUN: Partial<Record<KonigleStatus, [number, ExecutionStatus]>> = {
  running: [0.5, 'processing'],
  paused: [0.4, 'paused'],
  completed: [1, 'completed'],
  cancelled: [0.25, 'cancelled'],
  failed: [0.1, 'failed'],
};
const GENERATED_STATUSES: KonigleStatus[] = [
  'completed',
  'draft',
  'scheduled',
  'completed',
  'cancelled',
  'paused',
  'draft',
  'failed',
];

/** Seeds channels, templates, audiences, contacts, the demo campaigns and `extra` generated ones (distinct, one minute apart). */
export function seedKonigle(store: KonigleStore, extra: number): void {
  const now = store.clock.now().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  for (const channel of DEMO_CHANNELS) store.channels.set(channel.id, { ...channel });
  for (const id of DEMO_TEMPLATES) {
    store.templates.set(id, {
      id,
      name: id.slice(4),
      subject: `${id.slice(4)} subject`,
      body_html: '<p>Hello</p>',
      body_text: 'Hello',
    });
  }
  for (const audience of DEMO_AUDIENCES) {
    const at = iso(now - 60 * DAY);
    store.audiences.set(audience.id, {
      ...audience,
      tags: [...audience.tags],
      description: '',
      created_at: at,
      updated_at: at,
    });
  }
  DEMO_CONTACTS.forEach((contact, i) => {
    const at = iso(now - (30 - i) * DAY);
    store.contacts.set(contact.id, {
      ...contact,
      tags: [...contact.tags],
      created_at: at,
      updated_at: at,
      last_name: 'Example',
      phone: '',
      whatsapp: '',
      country: 'Singapore',
      marketing_consent: { email: i !== 3, sms: true, whatsapp: i % 2 === 0 },
      customer_id: contact.source === 'purchase' ? `cus_${contact.id.slice(3)}` : '',
      ltvCents: contact.source === 'purchase' ? 1n : null,
      ltv_currency: 'USD',
      last_purchased_at: contact.source === 'purchase' ? at : null,
    });
  });
  const firstDemo = now - DEMO_CAMPAIGNS.length * HOUR;
  for (let i = 0; i < extra; i += 1) {
    const number = String(i + 1).padStart(6, '0');
    const status = GENERATED_STATUSES[i % GENERATED_STATUSES.length] ?? 'draft';
    const audience = DEMO_AUDIENCES[i % DEMO_AUDIENCES.length]?.id ?? 'aud_all';
    add(
      store,
      `cmp_gen_${number}`,
      `Generated campaign ${number}`,
      status,
      audience,
      firstDemo - (extra - i) * 60_000,
      now + DAY + i * 60_000,
    );
  }
  DEMO_CAMPAIGNS.forEach((demo, i) =>
    add(store, demo.id, demo.name, demo.status, demo.audience, firstDemo + i * HOUR, now + 2 * HOUR),
  );
}

function add(
  store: KonigleStore,
  id: string,
  name: string,
  status: KonigleStatus,
  audience: string,
  created: number,
  scheduledAt: number,
): void {
  const now = store.clock.now().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  const template = DEMO_TEMPLATES[name.length % DEMO_TEMPLATES.length] ?? 'tpl_promo';
  const run = SEEDED_RUN[status];
  const campaign: KonigleCampaign = {
    id,
    created_at: iso(created),
    updated_at: iso(created),
    channel_type: 'email',
    email_channel: 'ch_marketing',
    email_template: template,
    audience,
    name,
    description: `${name}: seasonal email to the ${audience.slice(4)} audience`,
    scheduled_at: status === 'scheduled' ? iso(scheduledAt) : null,
    execution_duration_minutes: 60,
    from_email: 'news@shop.example',
    from_name: 'Example Shop',
    reply_to_email: 'support@shop.example',
    reply_to_name: 'Support',
    utm_code: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    status,
    ltvCents: status === 'completed' ? 123_450n : null,
    ltv_currency: 'USD',
    execution: run ? newExecution(store.audienceSize(audience)) : null,
    runningSince: null,
    progressBefore: run?.[0] ?? 0,
  };
  if (run && campaign.execution) {
    fill(store, campaign);
    Object.assign(campaign.execution, {
      status: run[1],
      started_at: iso(created + HOUR / 2),
      last_run_at: iso(Math.min(now, created + HOUR)),
      completed_at: status === 'completed' || status === 'failed' ? iso(created + HOUR) : null,
      paused_at: status === 'paused' ? iso(created + HOUR / 2) : null,
      cancelled_at: status === 'cancelled' ? iso(created + HOUR / 2) : null,
      error_message: status === 'failed' ? 'Template rendering failed: unknown merge tag {{gift}}.' : '',
    });
  }
  if (status === 'running' && campaign.execution) {
    campaign.runningSince = now;
    campaign.execution.expected_completion_at = iso(now + 30 * 60_000);
  }
  store.campaigns.set(id, campaign);
}
