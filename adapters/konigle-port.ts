import type { Campaign } from '../src/domain/campaign.js';
import type { Contact, ContactFilter, ContactInput, KonigleCampaignInput, LtvInput } from '../src/domain/konigle.js';
import type { CallContext } from '../src/upstream/types.js';

/** One page of contacts in the provider's page numbering (the cursor is the next page number). */
export interface ContactPage {
  contacts: Contact[];
  nextPage: number | null;
  totalCount: number;
}

/**
 * What only Konigle can do: contacts, lifetime value, test emails, creating and updating email
 * campaigns. The gateway checks CONTACTS, ADD_LTV, SEND_TEST, CREATE and UPDATE before calling these.
 */
export interface KonigleOperations {
  listContacts(filter: ContactFilter, page: number, pageSize: number, context: CallContext): Promise<ContactPage>;
  getContacts(providerIds: readonly string[], context: CallContext): Promise<Map<string, Contact>>;
  createContact(input: ContactInput & { email: string }, context: CallContext): Promise<Contact>;
  updateContact(providerId: string, input: ContactInput, context: CallContext): Promise<Contact>;
  addContactLtv(email: string, ltv: LtvInput, context: CallContext): Promise<Contact>;
  addCampaignLtv(providerId: string, ltv: LtvInput, context: CallContext): Promise<Campaign>;
  sendTestEmail(providerId: string, emailAddress: string, context: CallContext): Promise<void>;
  createCampaign(input: KonigleCampaignInput, context: CallContext): Promise<Campaign>;
  updateCampaign(providerId: string, input: Partial<KonigleCampaignInput>, context: CallContext): Promise<Campaign>;
}
