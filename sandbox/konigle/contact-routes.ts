import { json, type Route, type SandboxRequest } from '../kit/router.js';
import { NOT_FOUND } from './campaign-routes.js';
import { fitsDigits, toCents } from './decimal.js';
import { choiceFilter, newestFirst, paginate } from './paging.js';
import { CONTACT_SOURCES, type KonigleContact } from './state.js';
import type { KonigleStore } from './store.js';
import { contactView } from './views.js';
import { contactCreate, contactUpdate, contactUpdateLtv, parseBody } from './wire.js';

/** Where the contact endpoints live. */
export const CONTACTS_PATH = '/reachout/api/v1/contacts';
const DUPLICATE_EMAIL = json(400, { email: ['contact with this email already exists.'] });

/** The contact endpoints: CRUD plus `update-ltv` (the only way a contact's LTV changes besides campaign add-ltv). */
export function contactRoutes(store: KonigleStore): Route[] {
  const find = (request: SandboxRequest) => store.contacts.get(request.params['id'] ?? '');
  return [
    {
      name: 'contacts.list',
      method: 'GET',
      path: CONTACTS_PATH,
      handler: (request) => {
        const source = choiceFilter(request, 'source', CONTACT_SOURCES);
        if (source.refusal) return source.refusal;
        const q = request.query.get('q')?.toLowerCase() ?? '';
        const tags = (request.query.get('tags') ?? '').split(',').filter(Boolean);
        const items = [...store.contacts.values()]
          .filter((c) => q === '' || c.email.toLowerCase().includes(q))
          .filter((c) => source.value === undefined || c.source === source.value)
          .filter((c) => tags.length === 0 || tags.some((tag) => c.tags.includes(tag)))
          .sort(newestFirst);
        return paginate(request, items, contactView);
      },
    },
    {
      name: 'contacts.get',
      method: 'GET',
      path: `${CONTACTS_PATH}/:id`,
      handler: (request) => {
        const contact = find(request);
        return contact ? json(200, contactView(contact)) : NOT_FOUND;
      },
    },
    {
      name: 'contacts.create',
      method: 'POST',
      path: CONTACTS_PATH,
      handler: (request) => {
        const body = parseBody(contactCreate, request.body);
        if ('errors' in body) return json(400, body.errors);
        if (store.contactByEmail(body.data.email)) return DUPLICATE_EMAIL;
        const now = store.nowIso();
        const { marketing_consent: consent, ...fields } = body.data;
        const contact: KonigleContact = {
          id: store.nextId('ct'),
          created_at: now,
          updated_at: now,
          first_name: '',
          last_name: '',
          phone: '',
          whatsapp: '',
          country: '',
          source: 'unknown',
          tags: [],
          customer_id: '',
          ...fields,
          marketing_consent: { email: true, sms: true, whatsapp: true, ...consent },
          ltvCents: null,
          ltv_currency: 'USD',
          last_purchased_at: null,
        };
        store.contacts.set(contact.id, contact);
        return json(201, contactView(contact));
      },
    },
    {
      name: 'contacts.update',
      method: 'PATCH',
      path: `${CONTACTS_PATH}/:id`,
      handler: (request) => {
        const contact = find(request);
        if (!contact) return NOT_FOUND;
        const body = parseBody(contactUpdate, request.body);
        if ('errors' in body) return json(400, body.errors);
        const { marketing_consent: consent, ...fields } = body.data;
        const other = fields.email === undefined ? undefined : store.contactByEmail(fields.email);
        if (other && other.id !== contact.id) return DUPLICATE_EMAIL;
        Object.assign(contact, fields, { updated_at: store.nowIso() });
        if (consent) contact.marketing_consent = { ...contact.marketing_consent, ...consent };
        return json(200, contactView(contact));
      },
    },
    {
      name: 'contacts.delete',
      method: 'DELETE',
      path: `${CONTACTS_PATH}/:id`,
      handler: (request) => (store.contacts.delete(request.params['id'] ?? '') ? json(204, undefined) : NOT_FOUND),
    },
    {
      name: 'contacts.updateLtv',
      method: 'POST',
      path: `${CONTACTS_PATH}/update-ltv`,
      handler: (request) => {
        const body = parseBody(contactUpdateLtv, request.body);
        if ('errors' in body) return json(400, body.errors);
        const contact = store.contactByEmail(body.data.email);
        if (!contact) return NOT_FOUND;
        if (contact.ltvCents !== null && body.data.currency !== contact.ltv_currency)
          return json(400, { currency: [`Currency must match the contact LTV currency (${contact.ltv_currency}).`] });
        const total = (contact.ltvCents ?? 0n) + toCents(body.data.value);
        if (!fitsDigits(total, 19))
          return json(400, { value: ['Ensure that there are no more than 19 digits in total.'] });
        const now = store.nowIso();
        Object.assign(contact, {
          ltvCents: total,
          ltv_currency: body.data.currency,
          last_purchased_at: now,
          updated_at: now,
        });
        return json(200, contactView(contact));
      },
    },
  ];
}
