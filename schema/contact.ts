import { decodeGlobalID } from '@pothos/plugin-relay';
import { CONTACT_SOURCES, type Contact } from '../src/domain/konigle.js';
import { NotFoundError, ValidationError } from '../src/domain/errors.js';
import { decodeRef, encodeRef } from '../src/domain/ids.js';
import type { ContactRef } from '../src/gateway/konigle.js';
import { builder } from './builder.js';
import { MoneyRef } from './money.js';
import { nodeId } from './node-ids.js';

export const ContactSourceEnum = builder.enumType('ContactSource', { values: CONTACT_SOURCES });
export const ConsentChannelEnum = builder.enumType('ConsentChannel', { values: ['EMAIL', 'SMS', 'WHATSAPP'] as const });

const ConsentRef = builder.objectRef<Contact['consent']>('MarketingConsent').implement({
  description: 'Channels the contact agreed to be marketed on.',
  fields: (t) => ({
    email: t.exposeBoolean('email'),
    sms: t.exposeBoolean('sms'),
    whatsapp: t.exposeBoolean('whatsapp'),
  }),
});

/** A marketing contact (Konigle). */
export const ContactNodeRef = builder.objectRef<Contact>('Contact');

builder.node(ContactNodeRef, {
  description: 'A marketing contact. Lifetime value is read-only: add to it with addContactLtv or addCampaignLtv.',
  id: { resolve: nodeId('Contact', (contact: Contact) => encodeRef(contact)) },
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'email' in value && 'consent' in value,
  loadMany: (ids, { gateway }) =>
    Promise.all(
      ids.map((id) => {
        const ref = decodeRef(id);
        return ref?.provider === 'konigle'
          ? gateway.konigle.contact({ ...ref, provider: 'konigle' }).catch(() => null)
          : null;
      }),
    ),
  fields: (t) => ({
    account: t.exposeString('account'),
    email: t.exposeString('email'),
    firstName: t.exposeString('firstName'),
    lastName: t.exposeString('lastName'),
    phone: t.exposeString('phone'),
    whatsapp: t.exposeString('whatsapp'),
    country: t.exposeString('country'),
    source: t.expose('source', { type: ContactSourceEnum }),
    tags: t.exposeStringList('tags'),
    consent: t.expose('consent', { type: ConsentRef }),
    customerId: t.exposeString('customerId'),
    ltv: t.expose('ltv', { type: MoneyRef, nullable: true }),
    lastPurchasedAt: t.expose('lastPurchasedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

/** Reads a Contact global id; anything else is a typed not-found. */
export function parseContactId(globalId: string): ContactRef {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    const ref = typename === 'Contact' ? decodeRef(id) : undefined;
    if (ref?.provider === 'konigle') return { ...ref, provider: 'konigle' };
  } catch {
    // falls through to not-found
  }
  throw new NotFoundError('Contact', globalId);
}

const ContactFilterInput = builder.inputType('ContactFilter', {
  fields: (t) => ({
    tags: t.stringList({ required: false, description: 'Contacts having every one of these tags.' }),
    source: t.field({ type: ContactSourceEnum, required: false }),
    consentTo: t.field({
      type: ConsentChannelEnum,
      required: false,
      description: 'Only contacts who consented to this channel.',
    }),
    emailSearch: t.string({ required: false, description: 'Text in the email address.' }),
  }),
});

const MAX_CONTACT_PAGE = 100;

builder.queryField('contacts', (t) =>
  t.connection(
    {
      authScopes: { scope: 'contacts:read' },
      type: ContactNodeRef,
      description: 'Contacts of a Konigle account (the only one when `account` is omitted).',
      args: {
        filter: t.arg({ type: ContactFilterInput, required: false }),
        account: t.arg.string({ required: false }),
      },
      resolve: async (_root, args, { gateway }) => {
        const first = args.first ?? 20;
        if (first < 1 || first > MAX_CONTACT_PAGE) {
          throw new ValidationError([{ path: ['first'], message: `must be between 1 and ${MAX_CONTACT_PAGE}` }]);
        }
        const [target, ...others] = gateway.konigle.contactAccounts(args.account ?? null);
        if (!target)
          return {
            pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
            edges: [],
            totalCount: 0,
          };
        if (others.length > 0)
          throw new ValidationError([{ path: ['account'], message: 'name the account: several hold contacts' }]);
        const offset = args.after ? Number(Buffer.from(args.after, 'base64url').toString()) : 0;
        if (!Number.isInteger(offset) || offset < 0)
          throw new ValidationError([{ path: ['after'], message: 'is not a cursor this gateway issued' }]);
        const filter = args.filter;
        const consent = filter?.consentTo ? (filter.consentTo.toLowerCase() as keyof Contact['consent']) : undefined;
        const domainFilter = {
          ...(filter?.tags ? { tags: filter.tags } : {}),
          ...(filter?.source ? { source: filter.source } : {}),
          ...(filter?.emailSearch ? { emailSearch: filter.emailSearch } : {}),
        };
        // Konigle pages by number; consent is filtered here, scanning ahead one item to know if more follow.
        const collected: { contact: Contact; position: number }[] = [];
        let page = Math.floor(offset / MAX_CONTACT_PAGE) + 1;
        let more = false;
        let total = 0;
        while (collected.length <= first) {
          const answer = await gateway.konigle.listContacts(
            target.adapter.account.account,
            domainFilter,
            page,
            MAX_CONTACT_PAGE,
          );
          total = answer.totalCount;
          answer.contacts.forEach((contact, index) => {
            const position = (page - 1) * MAX_CONTACT_PAGE + index;
            if (position >= offset && (!consent || contact.consent[consent])) collected.push({ contact, position });
          });
          if (answer.nextPage === null) break;
          page = answer.nextPage;
        }
        more = collected.length > first;
        const edges = collected.slice(0, first).map(({ contact, position }) => ({
          node: contact,
          cursor: Buffer.from(String(position + 1)).toString('base64url'),
        }));
        return {
          pageInfo: {
            hasNextPage: more,
            hasPreviousPage: offset > 0,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
          edges,
          totalCount: consent ? null : total,
        };
      },
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          nullable: true,
          resolve: (connection) => (connection as { totalCount?: number | null }).totalCount ?? null,
        }),
      }),
    },
  ),
);

builder.queryField('contact', (t) =>
  t.field({
    authScopes: { scope: 'contacts:read' },
    type: ContactNodeRef,
    errors: { types: [NotFoundError], directResult: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, { gateway }) => {
      const contact = await gateway.konigle.contact(parseContactId(id));
      if (!contact) throw new NotFoundError('Contact', id);
      return contact;
    },
  }),
);
