import { builder } from './builder.js';
import { withSyncNodeIds } from './node-ids.js';
import './scalars.js';
import './enums.js';
import './errors.js';
import './forbidden.js';
import './money.js';
import './campaign.js';
import './campaigns.js';
import './provider.js';
import './events.js';
import './mutations/lifecycle.js';
import './mutations/messaging.js';
import './contact.js';
import './mutations/konigle.js';
import './sessionm.js';
import './customer.js';
import './mutations/sessionm.js';
import './run.js';
import './mutations/peach.js';

/** The executable schema, built once. */
export const schema = withSyncNodeIds(builder.toSchema({ sortSchema: true }));
