/** The campaign providers the gateway speaks to. Adding one means adding an adapter folder and a registry line. */
export const PROVIDER_IDS = ['bsg', 'konigle', 'sessionm', 'peach'] as const;

export type ProviderId = (typeof PROVIDER_IDS)[number];

/** Human names of the providers, as the schema shows them. */
export const PROVIDER_NAMES: Record<ProviderId, string> = {
  bsg: 'BSG',
  konigle: 'Konigle',
  sessionm: 'SessionM',
  peach: 'Peach',
};

/** One configured account at one provider; a tenant may hold several accounts of one provider. */
export interface AccountRef {
  provider: ProviderId;
  /** The account id from config, unique within its tenant. */
  account: string;
}

/** Everything a provider account can do, used for capability checks before any provider call. */
export const CAPABILITIES = [
  'CREATE',
  'UPDATE',
  'SEND',
  'START',
  'PAUSE',
  'RESUME',
  'CANCEL',
  'SCHEDULE',
  'SEND_TEST',
  'ESTIMATE_PRICE',
  'DELIVERY_STATS',
  'TRIGGER_RUN',
  'OPT_IN',
  'CUSTOMER_PROGRESS',
  'CONTACTS',
  'ADD_LTV',
] as const;

export type Capability = (typeof CAPABILITIES)[number];
