import type { ChangeDetector } from '../events/change-detector.js';
import type { EventBus } from '../events/types.js';
import type { Logger } from '../logger.js';
import type { KeyValueStore } from '../store/port.js';
import type { IdempotencyGuard } from './idempotency.js';

/** Process-wide services the per-request gateway uses: shared state, events, idempotency. */
export interface GatewayServices {
  store: KeyValueStore;
  bus: EventBus;
  changes: ChangeDetector;
  idempotency: IdempotencyGuard;
  logger: Logger;
}
