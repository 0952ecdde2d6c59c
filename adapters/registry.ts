import type { ProviderId } from '../src/domain/provider.js';
import { bsgFactory } from './bsg/index.js';
import type { AdapterFactory } from './factory.js';
import { konigleFactory } from './konigle/index.js';
import { peachFactory } from './peach/index.js';
import { sessionmFactory } from './sessionm/index.js';

/** Every provider the gateway can talk to. A new provider is one folder and one line here. */
export const ADAPTER_FACTORIES: Partial<Record<ProviderId, AdapterFactory<unknown>>> = {
  bsg: bsgFactory as AdapterFactory<unknown>,
  sessionm: sessionmFactory as AdapterFactory<unknown>,
  konigle: konigleFactory as AdapterFactory<unknown>,
  peach: peachFactory as AdapterFactory<unknown>,
};
