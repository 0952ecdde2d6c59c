import { builder } from './builder.js';
import './scalars.js';
import './enums.js';
import './errors.js';
import './money.js';
import './campaign.js';
import './campaigns.js';
import './provider.js';
import './events.js';
import './mutations/lifecycle.js';
import './mutations/messaging.js';

/** The executable schema, built once. */
export const schema = builder.toSchema({ sortSchema: true });
