import type { KonigleOperations } from '../../adapters/konigle-port.js';
import type { ProviderAdapter } from '../../adapters/port.js';
import type { Campaign, CampaignRef } from '../domain/campaign.js';
import { NotFoundError, UnsupportedOperationError, ValidationError } from '../domain/errors.js';
import { encodeRef } from '../domain/ids.js';
import type { Contact, ContactFilter, ContactInput, KonigleCampaignInput, LtvInput } from '../domain/konigle.js';
import type { Capability } from '../domain/provider.js';
import type { CallContext } from '../upstream/types.js';
import type { Loaders } from './loaders.js';
import type { Tenant } from './tenants.js';

/** What this part borrows from the request gateway: idempotency, event publishing, the loaders. */
export interface KonigleGatewayEffects {
  once<T>(operation: string, input: unknown, key: string | null, effect: () => Promise<T>): Promise<T>;
  publishCreated(campaign: Campaign): Promise<void>;
  refresh(campaign: Campaign): void;
  loaders: Pick<Loaders, 'contact'>;
}

/** A contact's global reference: provider account and Konigle's id. */
export interface ContactRef {
  provider: 'konigle';
  account: string;
  providerId: string;
}

/**
 * Konigle's part of the gateway core for one request: contacts, lifetime value, test emails, creating
 * and updating email campaigns. Capabilities are checked before any provider call.
 */
export class KonigleGateway {
  constructor(
    private readonly tenant: Tenant,
    private readonly context: CallContext,
    private readonly effects: KonigleGatewayEffects,
  ) {}

  /** Konigle accounts of the tenant (one listing per account). */
  contactAccounts(accountId: string | null): { adapter: ProviderAdapter; operations: KonigleOperations }[] {
    return [...this.tenant.accounts.values()]
      .filter((adapter) => adapter.konigle && adapter.capabilities.has('CONTACTS'))
      .filter((adapter) => accountId === null || adapter.account.account === accountId)
      .map((adapter) => ({ adapter, operations: adapter.konigle as KonigleOperations }));
  }

  listContacts(accountId: string, filter: ContactFilter, page: number, pageSize: number) {
    return this.operations(accountId, 'CONTACTS').listContacts(filter, page, pageSize, this.context);
  }

  /** A contact of this tenant, read once per request (batched per account), or null. */
  contact(ref: ContactRef): Promise<Contact | null> {
    const adapter = this.tenant.accounts.get(ref.account);
    if (!adapter?.konigle || adapter.account.provider !== ref.provider) return Promise.resolve(null);
    return this.effects.loaders.contact.load({
      provider: ref.provider,
      account: ref.account,
      providerId: ref.providerId,
    });
  }

  createContact(
    accountId: string | null,
    input: ContactInput & { email: string },
    key: string | null,
  ): Promise<Contact> {
    const account = this.only(accountId, 'CONTACTS');
    return this.effects.once('contact.create', { account, input }, key, () =>
      this.operations(account, 'CONTACTS').createContact(input, this.context),
    );
  }

  updateContact(ref: ContactRef, input: ContactInput, key: string | null): Promise<Contact> {
    return this.effects.once('contact.update', { ref, input }, key, async () => {
      const contact = await this.operations(this.accountOf(ref), 'CONTACTS').updateContact(
        ref.providerId,
        input,
        this.context,
      );
      const loaded = { provider: ref.provider, account: ref.account, providerId: ref.providerId };
      this.effects.loaders.contact.clear(loaded).prime(loaded, contact);
      return contact;
    });
  }

  addContactLtv(accountId: string | null, email: string, ltv: LtvInput, key: string | null): Promise<Contact> {
    const account = this.only(accountId, 'ADD_LTV');
    return this.effects.once('contact.ltv', { account, email, ltv }, key, () =>
      this.operations(account, 'ADD_LTV').addContactLtv(email, ltv, this.context),
    );
  }

  addCampaignLtv(ref: CampaignRef, ltv: LtvInput, key: string | null): Promise<Campaign> {
    return this.effects.once('campaign.ltv', { ref: encodeRef(ref), ltv }, key, async () => {
      const campaign = await this.campaignOperations(ref, 'ADD_LTV').addCampaignLtv(ref.providerId, ltv, this.context);
      this.effects.refresh(campaign);
      return campaign;
    });
  }

  sendTestEmail(ref: CampaignRef, emailAddress: string): Promise<void> {
    return this.campaignOperations(ref, 'SEND_TEST').sendTestEmail(ref.providerId, emailAddress, this.context);
  }

  createCampaign(accountId: string | null, input: KonigleCampaignInput, key: string | null): Promise<Campaign> {
    const account = this.only(accountId, 'CREATE');
    return this.effects.once('campaign.create.konigle', { account, input }, key, async () => {
      const campaign = await this.operations(account, 'CREATE').createCampaign(input, this.context);
      await this.effects.publishCreated(campaign);
      return campaign;
    });
  }

  updateCampaign(ref: CampaignRef, input: Partial<KonigleCampaignInput>, key: string | null): Promise<Campaign> {
    return this.effects.once('campaign.update', { ref: encodeRef(ref), input }, key, async () => {
      const campaign = await this.campaignOperations(ref, 'UPDATE').updateCampaign(ref.providerId, input, this.context);
      this.effects.refresh(campaign);
      return campaign;
    });
  }

  private campaignOperations(ref: CampaignRef, capability: Capability): KonigleOperations {
    const adapter = this.tenant.accounts.get(ref.account);
    if (!adapter || adapter.account.provider !== ref.provider) throw new NotFoundError('Campaign', encodeRef(ref));
    if (!adapter.konigle || !adapter.capabilities.has(capability)) {
      throw new UnsupportedOperationError(adapter.account.provider, capability);
    }
    return adapter.konigle;
  }

  private accountOf(ref: ContactRef): string {
    const adapter = this.tenant.accounts.get(ref.account);
    if (!adapter?.konigle) throw new NotFoundError('Contact', encodeRef(ref));
    return ref.account;
  }

  private operations(accountId: string, capability: Capability): KonigleOperations {
    const adapter = this.tenant.accounts.get(accountId);
    if (!adapter) throw new NotFoundError('ProviderAccount', accountId);
    if (!adapter.konigle || !adapter.capabilities.has(capability)) {
      throw new UnsupportedOperationError(adapter.account.provider, capability);
    }
    return adapter.konigle;
  }

  /** The named account, or the tenant's only account that can do this. */
  private only(accountId: string | null, capability: Capability): string {
    if (accountId !== null) return accountId;
    const able = [...this.tenant.accounts.values()].filter((a) => a.konigle && a.capabilities.has(capability));
    const [first] = able;
    if (able.length === 1 && first) return first.account.account;
    const message =
      able.length === 0 ? `no Konigle account can ${capability}` : 'name the account: several can do this';
    throw new ValidationError([{ path: ['account'], message }]);
  }
}
